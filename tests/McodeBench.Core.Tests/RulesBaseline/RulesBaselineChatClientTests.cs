using System.Text.Json;
using McodeBench.Core.Models.RulesBaseline;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.RulesBaseline;

public sealed class RulesBaselineChatClientTests
{
    private const string Criteria = "Inclusion Criteria:\n* HER2-positive metastatic breast cancer\n* ECOG 0-1\n\nExclusion Criteria:\n* No prior trastuzumab";

    private static readonly RulesBaselineChatClient Client = new();

    [Fact]
    public async Task An_extraction_prompt_gets_entities_and_mappings_read_from_the_clinical_text_block()
    {
        var prompt = $"Extract entities such as <clinical_text>example</clinical_text> would show.\n\n<clinical_text>\n{Criteria}\n</clinical_text>\n\nReturn JSON.";

        var response = await Client.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], cancellationToken: TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(response.Text);
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        Assert.Equal(["HER2-positive", "metastatic breast cancer", "ECOG 0-1", "trastuzumab"], entities.Select(e => e.GetProperty("text").GetString()));
        Assert.Equal(["id", "text", "type", "criterion", "negated"], entities[0].EnumerateObject().Select(p => p.Name));
        var trastuzumab = entities[3];
        Assert.Equal("exclusion", trastuzumab.GetProperty("criterion").GetString());
        Assert.True(trastuzumab.GetProperty("negated").GetBoolean());
        var mappings = json.RootElement.GetProperty("mcode_mappings").EnumerateArray().ToList();
        var her2 = mappings.First(m => m.GetProperty("entity_id").GetString() == entities[0].GetProperty("id").GetString());
        Assert.Equal("TumorMarkerTest", her2.GetProperty("element").GetString());
        Assert.Equal("48676-1", her2.GetProperty("code").GetProperty("code").GetString());
        Assert.Equal("HER2-positive", her2.GetProperty("source_text").GetString());
    }

    [Fact]
    public async Task A_direct_prompt_without_tags_is_read_whole()
    {
        var response = await Client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "You map trials to mCODE."), new ChatMessage(ChatRole.User, "Trial: KRAS G12C mutation; prior oxaliplatin.")],
            cancellationToken: TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(response.Text);
        Assert.Equal(
            ["GenomicVariant", "CancerRelatedMedicationRequest"],
            json.RootElement.GetProperty("mcode_mappings").EnumerateArray().Select(m => m.GetProperty("element").GetString()));
    }

    [Fact]
    public async Task A_mapping_prompt_maps_each_given_entity_by_its_id()
    {
        const string entities = """[{"id":"a1","text":"HER2 positive","type":"biomarker"},{"id":"a2","text":"Herceptin","type":"drug"},{"id":"a3","text":"frobnication","type":"surgery"},{"id":"a4","text":"something","type":"unknown"}]""";
        var prompt = $"Map these.\n<entities_json>\n{entities}\n</entities_json>\n<trial_context>\nBreast cancer trial\n</trial_context>";

        var response = await Client.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], cancellationToken: TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(response.Text);
        Assert.False(json.RootElement.TryGetProperty("entities", out _));
        var mappings = json.RootElement.GetProperty("mcode_mappings").EnumerateArray()
            .Select(m => (Id: m.GetProperty("entity_id").GetString(), Element: m.GetProperty("element").GetString(), Value: m.GetProperty("value").GetString()))
            .ToList();
        Assert.Equal(
            [("a1", "TumorMarkerTest", "HER2 positive"), ("a2", "CancerRelatedMedicationRequest", "trastuzumab"), ("a3", "CancerRelatedSurgicalProcedure", "frobnication")],
            mappings);
    }

    [Fact]
    public async Task Same_input_gives_byte_identical_output()
    {
        var messages = new[] { new ChatMessage(ChatRole.User, $"<clinical_text>{Criteria}</clinical_text>") };

        var first = await Client.GetResponseAsync(messages, cancellationToken: TestContext.Current.CancellationToken);
        var second = await new RulesBaselineChatClient().GetResponseAsync(messages, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(Client.Answer($"<clinical_text>{Criteria}</clinical_text>"), first.Text);
    }

    [Fact]
    public async Task The_response_reports_model_finish_reason_and_estimated_usage()
    {
        const string prompt = "<clinical_text>ECOG 0-1</clinical_text>";

        var response = await Client.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("rules-baseline", response.ModelId);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal(TokenEstimate.Of(prompt), response.Usage?.InputTokenCount);
        Assert.Equal(TokenEstimate.Of(response.Text), response.Usage?.OutputTokenCount);
        Assert.Equal(response.Usage?.InputTokenCount + response.Usage?.OutputTokenCount, response.Usage?.TotalTokenCount);
    }

    [Fact]
    public async Task Streaming_returns_the_whole_answer_as_one_update()
    {
        var messages = new[] { new ChatMessage(ChatRole.User, $"<clinical_text>{Criteria}</clinical_text>") };
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in Client.GetStreamingResponseAsync(messages, cancellationToken: TestContext.Current.CancellationToken))
        {
            updates.Add(update);
        }

        var single = Assert.Single(updates);
        Assert.Equal(Client.Answer(messages[0].Text), single.Text);
        Assert.Equal(ChatFinishReason.Stop, single.FinishReason);
        Assert.Contains(single.Contents, c => c is UsageContent);
    }

    [Fact]
    public async Task Metadata_names_the_baseline_and_cancellation_is_honoured()
    {
        Assert.Equal("rules-baseline", Client.GetService<ChatClientMetadata>()?.DefaultModelId);
        Assert.Same(Client, Client.GetService<RulesBaselineChatClient>());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAsync<OperationCanceledException>(() => Client.GetResponseAsync([new ChatMessage(ChatRole.User, "x")], cancellationToken: cancelled.Token));
    }
}
