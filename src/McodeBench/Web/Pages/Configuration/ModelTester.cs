using System.Diagnostics;
using McodeBench.Core.Execution;
using McodeBench.Core.Library;
using McodeBench.Core.Pipelines;
using Microsoft.Extensions.AI;

namespace McodeBench.Web.Pages.Configuration;

/// <summary>
/// Sends one short request to a model of the engine's workspace through the same client registry runs use (keys
/// from the environment variable the model names, never shown). The reply is cut short and scrubbed of anything that
/// looks like a secret before it is displayed.
/// </summary>
public static class ModelTester
{
    private const int MaxShown = 300;

    public static async Task<ModelTestResult> TestAsync(ModelDefinition model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var watch = Stopwatch.StartNew();
        try
        {
            using var registry = ModelClientRegistry.CreateDefault();
            var client = registry.For(model);
            var response = await client.GetResponseAsync(
                [new ChatMessage(ChatRole.User, "This is a connection test. Reply with the single word OK.")],
                new ChatOptions { MaxOutputTokens = 16, Temperature = 0 },
                cancellationToken);
            return new ModelTestResult(true, Shorten(response.Text), watch.Elapsed);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new ModelTestResult(false, $"{error.GetType().Name}: {Shorten(error.Message)}", watch.Elapsed);
        }
    }

    private static string Shorten(string? text)
    {
        var scrubbed = SecretScrubber.Scrub(text ?? string.Empty);
        return scrubbed.Length <= MaxShown ? scrubbed : scrubbed[..MaxShown] + "…";
    }
}
