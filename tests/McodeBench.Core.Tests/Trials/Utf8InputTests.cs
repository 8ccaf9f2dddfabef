using McodeBench.Core.Scoring.Files;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Trials;

/// <summary>A trial or predictions file that is not UTF-8 is bad input naming the file and the byte offset, not a crash.</summary>
public sealed class Utf8InputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mcodebench-utf8-").FullName;

    [Fact]
    public async Task A_latin1_trial_file_is_an_error_naming_the_file_and_byte_offset()
    {
        // "Caf\xE9" as Latin-1: byte 0xE9 at offset 88 starts no valid UTF-8 sequence here.
        var path = Write("trial.json", "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT00000001\", \"briefTitle\": \"Caf", 0xE9, "\"}}}");

        var result = await CtGovStudyReader.ReadFileAsync(path, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(path, error.File);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("byte offset 88", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_latin1_predictions_file_is_an_error_naming_the_file_and_byte_offset()
    {
        var path = Write("run.predictions.json", "{\"format\": \"mcodebench-predictions\", \"model\": \"caf", 0xE9, "\"}");

        var result = await PredictionFileReader.ReadFileAsync(path, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(path, error.File);
        Assert.Contains("byte offset 50", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string before, byte bad, string after)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, [.. System.Text.Encoding.ASCII.GetBytes(before), bad, .. System.Text.Encoding.ASCII.GetBytes(after)]);
        return path;
    }
}
