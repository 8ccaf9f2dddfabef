using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace McodeBench.Cli;

/// <summary>A model-library entry (docs/libraries.md) for a running simulator, ready to paste into a library's <c>models</c> list.</summary>
internal static class SimulatorModelSnippet
{
    // Relaxed escaping: the text is shown to a person and pasted into a file, never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string For(Uri baseUrl, string modelId)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var entry = new JsonObject
        {
            ["key"] = "simulated-local",
            ["provider"] = "simulator",
            ["endpoint"] = baseUrl.ToString().TrimEnd('/'),
            ["model_id"] = modelId,
            ["parameters"] = new JsonObject { ["temperature"] = 0, ["max_output_tokens"] = 4096, ["json_mode"] = true },
            ["pricing"] = new JsonObject { ["input_per_million"] = 0, ["output_per_million"] = 0 },
            ["max_concurrency"] = 4,
            ["timeout_seconds"] = 30,
            ["tags"] = new JsonArray("simulated"),
            ["description"] = "McodeBench's simulator started by mcodebench simulate-llm; results are labelled simulated.",
        };
        return entry.ToJsonString(Indented);
    }
}
