using System.Text.Json;
using McodeBench.Simulator.Noise;
using McodeBench.Simulator.Tests.Support;

namespace McodeBench.Simulator.Tests.Noise;

public sealed class JsonNoiseTests
{
    private static readonly string Prompt = TrialAnswerChatClient.Prompt();
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static (string[] Entities, string[] Mappings) Texts(string answer)
    {
        using var document = JsonDocument.Parse(answer);
        return (
            [.. document.RootElement.GetProperty("entities").EnumerateArray().Select(entity => entity.GetProperty("text").GetString()!)],
            [.. document.RootElement.GetProperty("mcode_mappings").EnumerateArray().Select(mapping => mapping.GetProperty("source_text").GetString()!)]);
    }

    [Fact]
    public void WithoutNoiseTheAnswerIsUntouched()
    {
        var indented = JsonSerializer.Serialize(JsonDocument.Parse(TrialAnswerChatClient.Answer).RootElement, Indented);

        Assert.Same(indented, JsonNoise.Apply(indented, Prompt, new Random(1), new SimulatorOptions()));
    }

    [Fact]
    public void DropShareOneDropsEveryEntityAndMapping()
    {
        var noisy = JsonNoise.Apply(TrialAnswerChatClient.Answer, Prompt, new Random(1), new SimulatorOptions { DropShare = 1 });

        Assert.Equal((0, 0), (Texts(noisy).Entities.Length, Texts(noisy).Mappings.Length));
    }

    [Fact]
    public void InventedFindingsAreNotInTheTrialAndComeWithMappings()
    {
        var noisy = JsonNoise.Apply(TrialAnswerChatClient.Answer, Prompt, new Random(3), new SimulatorOptions { InventShare = 1 });

        var (entities, mappings) = Texts(noisy);
        var invented = entities.Skip(4).ToList();
        Assert.Equal(4, invented.Count);
        Assert.All(invented, text => Assert.DoesNotContain(text, Prompt, StringComparison.OrdinalIgnoreCase));
        Assert.All(invented, text => Assert.Contains(text, mappings));
        Assert.Equal(invented.Count, invented.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void BoundaryShiftsMoveEachTextByOneWordOfTheTrial()
    {
        var original = Texts(TrialAnswerChatClient.Answer).Entities;

        var shifted = Texts(JsonNoise.Apply(TrialAnswerChatClient.Answer, Prompt, new Random(5), new SimulatorOptions { BoundaryShiftShare = 1 })).Entities;

        Assert.Equal(original.Length, shifted.Length);
        for (var index = 0; index < original.Length; index++)
        {
            Assert.NotEqual(original[index], shifted[index]);
            var wordsApart = Math.Abs(original[index].Split(' ').Length - shifted[index].Split(' ').Length);
            Assert.True(
                (shifted[index].Contains(original[index], StringComparison.Ordinal) && TrialAnswerChatClient.ClinicalText.Contains(shifted[index], StringComparison.Ordinal))
                || (original[index].Contains(shifted[index], StringComparison.Ordinal) && wordsApart == 1),
                $"'{original[index]}' became '{shifted[index]}'");
        }
    }

    [Fact]
    public void TheSameRandomStreamGivesTheSameNoise()
    {
        var options = new SimulatorOptions { DropShare = 0.4, InventShare = 0.4, BoundaryShiftShare = 0.4 };

        Assert.Equal(
            JsonNoise.Apply(TrialAnswerChatClient.Answer, Prompt, new Random(11), options),
            JsonNoise.Apply(TrialAnswerChatClient.Answer, Prompt, new Random(11), options));
    }

    [Fact]
    public void AnswersThatAreNotModelOutputJsonPassThrough()
    {
        var options = new SimulatorOptions { DropShare = 1, InventShare = 1, BoundaryShiftShare = 1 };

        Assert.Equal("I cannot help with that.", JsonNoise.Apply("I cannot help with that.", Prompt, new Random(1), options));
        Assert.Equal("{\"other\":1}", JsonNoise.Apply("{\"other\":1}", Prompt, new Random(1), options));
    }

    [Fact]
    public void MalformedAnswersAreNeverValidJson()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var malformed = AnswerCorruption.Malform(TrialAnswerChatClient.Answer, new Random(seed));
            Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(malformed));
        }
    }

    [Fact]
    public void TruncatedAnswersArePrefixes()
    {
        var truncated = AnswerCorruption.Truncate(TrialAnswerChatClient.Answer, new Random(2));

        Assert.StartsWith(truncated, TrialAnswerChatClient.Answer, StringComparison.Ordinal);
        Assert.InRange(truncated.Length, TrialAnswerChatClient.Answer.Length / 5, TrialAnswerChatClient.Answer.Length - 1);
    }
}
