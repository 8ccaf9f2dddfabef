using McodeBench.Core.Pipelines;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Logging;

/// <summary>
/// The value of every variable the model library names as an API key is masked wherever text is stored, shown or
/// logged, even when neither the variable's name nor the value looks like a secret.
/// </summary>
public sealed class KnownSecretsTests : IDisposable
{
    private readonly CliHarness harness = new();

    [Fact]
    public async Task A_key_the_model_library_names_is_masked_in_the_event_log_once_a_command_has_started()
    {
        var key = "plainvalue" + Guid.NewGuid().ToString("N");
        harness.Variables["PROVIDER_CRED"] = key;
        var library = harness.Write("models.json", """
            {
              "format": "mcodebench-models",
              "version": "1",
              "models": [
                {
                  "key": "echoing-model",
                  "provider": "openai-compatible",
                  "endpoint": "http://127.0.0.1:9/v1",
                  "model_id": "echo-1",
                  "api_key_env": "PROVIDER_CRED",
                  "parameters": { "temperature": 0, "max_output_tokens": 512, "json_mode": true },
                  "pricing": { "input_per_million": 0, "output_per_million": 0 },
                  "max_concurrency": 1,
                  "timeout_seconds": 30,
                  "default": true
                }
              ]
            }
            """);

        var listed = await harness.RunAsync("library", "list", "--models", "--model-library", library);
        Assert.Equal(0, listed.Exit);

        // A provider's error echoing the key, as the engine would record it.
        await using var database = await BenchDatabase.OpenAsync(DatabaseOptions.For(harness.DataDir), cancellationToken: TestContext.Current.CancellationToken);
        var stored = await database.Events.AppendAndReadBackAsync(
            [new NewEvent(EventLevel.Error, $"Task t1 failed: 401 invalid credential {key}")], TestContext.Current.CancellationToken);

        Assert.Equal("Task t1 failed: 401 invalid credential " + SecretScrubber.Mask, Assert.Single(stored).Message);
        Assert.DoesNotContain(key, listed.Out + listed.Error, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();
}
