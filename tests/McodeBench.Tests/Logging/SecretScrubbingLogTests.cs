using McodeBench.Configuration;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Logging;
using McodeBench.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace McodeBench.Tests.Logging;

/// <summary>
/// The host's log file: where it is, what a line holds, and that no credential reaches it, whether it comes in a
/// message, a property or an exception (a failed model call echoing its Authorization header, say).
/// </summary>
public sealed class SecretScrubbingLogTests : IDisposable
{
    private const string BearerToken = "sk-live-0123456789abcdefABCDEF";
    private const string RawApiKey = "q9Zr7Xw2Lp5Kd8Vb";

    private readonly CliHarness harness = new();

    [Fact]
    public void A_model_call_failure_with_a_bearer_token_is_logged_with_the_token_masked()
    {
        var options = Options();
        using (var factory = McodeBenchLogging.CreateLoggerFactory(options, harness.Environment))
        {
            var logger = factory.CreateLogger("McodeBench.Tests");
            var failure = new ModelCallException(
                FailureClass.ProviderError,
                $"HTTP 401 from https://api.openai.com/v1/chat/completions; request had Authorization: Bearer {BearerToken}",
                statusCode: 401);
#pragma warning disable CA1848, CA2254 // A test of what any caller might write, including a template built at run time.
            logger.LogError(failure, "Model {Model} failed for trial {Trial}: " + failure.Message, "gpt-4o-mini", "NCT99000001");
#pragma warning restore CA1848, CA2254
        }

        var log = harness.LogText();
        Assert.Contains("[ERR]", log, StringComparison.Ordinal);
        Assert.Contains("gpt-4o-mini", log, StringComparison.Ordinal);
        Assert.Contains("NCT99000001", log, StringComparison.Ordinal);
        Assert.Contains("ModelCallException", log, StringComparison.Ordinal);
        Assert.Contains("Authorization: " + SecretScrubber.Mask, log, StringComparison.Ordinal);
        Assert.DoesNotContain(BearerToken, log, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789abcdef", log, StringComparison.Ordinal);
    }

    [Fact]
    public void The_value_of_an_API_key_variable_is_masked_even_without_a_recognisable_prefix()
    {
        harness.Variables["DEEPSEEK_API_KEY"] = RawApiKey;
        var options = Options();
        using (var factory = McodeBenchLogging.CreateLoggerFactory(options, harness.Environment))
        {
#pragma warning disable CA1848 // Test of the formatter, not of message performance.
            factory.CreateLogger("McodeBench.Tests").LogWarning("Provider said: invalid key {Key}", RawApiKey);
#pragma warning restore CA1848
        }

        var log = harness.LogText();
        Assert.Contains("Provider said: invalid key", log, StringComparison.Ordinal);
        Assert.DoesNotContain(RawApiKey, log, StringComparison.Ordinal);
    }

    [Fact]
    public void The_log_file_rolls_daily_in_the_data_folder_and_lines_carry_UTC_times()
    {
        var options = Options();
        using (var factory = McodeBenchLogging.CreateLoggerFactory(options, harness.Environment))
        {
#pragma warning disable CA1848
            factory.CreateLogger("McodeBench.Tests").LogInformation("hello");
#pragma warning restore CA1848
        }

        var file = Assert.Single(Directory.GetFiles(Path.Combine(harness.DataDir, "logs")));
        Assert.Matches(@"mcodebench-\d{8}\.log$", file);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z \[INF\] McodeBench\.Tests: hello", harness.LogText());
    }

    [Fact]
    public void Events_below_the_configured_level_are_not_written()
    {
        harness.Variables["MCODEBENCH_LOGLEVEL"] = "Warning";
        var options = Options();
        using (var factory = McodeBenchLogging.CreateLoggerFactory(options, harness.Environment))
        {
            var logger = factory.CreateLogger("McodeBench.Tests");
#pragma warning disable CA1848
            logger.LogInformation("quiet-information");
            logger.LogWarning("loud-warning");
#pragma warning restore CA1848
        }

        var log = harness.LogText();
        Assert.DoesNotContain("quiet-information", log, StringComparison.Ordinal);
        Assert.Contains("loud-warning", log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generic_host_gets_the_same_logging_through_AddMcodeBenchLogging()
    {
        var options = Options();
        var services = new ServiceCollection().AddMcodeBenchLogging(options, harness.Environment);
        using (var provider = services.BuildServiceProvider())
        {
#pragma warning disable CA1848
            provider.GetRequiredService<ILogger<SecretScrubbingLogTests>>().LogError("engine failure: Authorization: Bearer {Token}", BearerToken);
#pragma warning restore CA1848
        }

        var log = harness.LogText();
        Assert.Contains("engine failure", log, StringComparison.Ordinal);
        Assert.Contains(nameof(SecretScrubbingLogTests), log, StringComparison.Ordinal);
        Assert.DoesNotContain(BearerToken, log, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();

    private McodeBenchOptions Options() => McodeBenchConfiguration.Load(harness.Environment, []).Options!;
}
