using System.Text;
using System.Text.Json;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Pipelines.Parsing;

namespace McodeBench.Core.Scoring.Files;

/// <summary>
/// Reads native predictions files (<c>{"format":"mcodebench-predictions","version":1,"trials":[...]}</c>, or one trial
/// entry on its own; docs/predictions-format.md). Entries are read by the model-output parser, so a saved model output
/// pastes in as it is. Every problem becomes a diagnostic naming the file and the JSON path; an entry with a problem is
/// left out and the rest still load.
/// </summary>
public static class PredictionFileReader
{
    private const string SyntaxFix = "Correct the JSON at that place (comments and trailing commas are allowed, nothing else).";

    internal static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = 64,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly string Header =
        $"Start the file with {{\"format\": \"{PredictionFileFormat.Name}\", \"version\": {PredictionFileFormat.CurrentVersion}, \"trials\": [...]}}.";

    public static async Task<PredictionLoadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new PredictionLoadResult(null, [], [new Diagnostic(
                DiagnosticSeverity.Error, path, "file not found.", $"Check the path; predictions files usually end in {PredictionFileFormat.FileExtension}.")]);
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Read(bytes, path);
    }

    /// <param name="sourceName">The file name used in diagnostics.</param>
    public static PredictionLoadResult Read(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), sourceName);
    }

    private static PredictionLoadResult Read(byte[] utf8, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        var diagnostics = new List<Diagnostic>();
        if (Utf8Check.Find(utf8, sourceName) is { } notUtf8)
        {
            return new PredictionLoadResult(null, [], [notUtf8]);
        }

        ReadOnlyMemory<byte> content = utf8.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8.AsMemory(3) : utf8;
        try
        {
            using var document = JsonDocument.Parse(content, DocumentOptions);
            var (model, tasks) = ReadRoot(document.RootElement, sourceName, diagnostics);
            return new PredictionLoadResult(model, tasks, diagnostics);
        }
        catch (JsonException exception)
        {
            diagnostics.Add(SyntaxError(exception, sourceName));
            return new PredictionLoadResult(null, [], diagnostics);
        }
    }

    private static (string? Model, List<PredictedTask> Tasks) ReadRoot(JsonElement root, string source, List<Diagnostic> diagnostics)
    {
        var tasks = new List<PredictedTask>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(Diagnostic.Error(source, "$", $"a predictions file is a JSON object, not {root.ValueKind.Describe()}.", Header));
            return (null, tasks);
        }

        var hasFormat = root.TryGetProperty("format", out var format);
        var hasTrials = root.TryGetProperty("trials", out var trials);
        if (!hasFormat && !hasTrials)
        {
            if (root.TryGetProperty("trial_id", out _))
            {
                // One trial entry without the wrapper.
                var single = new TrialEntryReader(source, null, diagnostics);
                if (single.Read(root, "$") is { } task)
                {
                    tasks.Add(task);
                }

                return (ReadModel(root, source, diagnostics), tasks);
            }

            var bareOutput = root.TryGetProperty("entities", out _) || root.TryGetProperty("mcode_mappings", out _);
            diagnostics.Add(Diagnostic.Error(
                source,
                "$",
                bareOutput
                    ? "this looks like a model output, but it does not say which trial it is for."
                    : "not a McodeBench predictions file: it has neither \"format\" and \"trials\" nor a \"trial_id\".",
                bareOutput ? "Add \"trial_id\": \"NCT...\" beside \"entities\" / \"mcode_mappings\", or wrap it in a predictions file. " + Header : Header));
            return (null, tasks);
        }

        if (!CheckHeader(root, hasFormat, format, source, diagnostics))
        {
            return (null, tasks);
        }

        if (!hasTrials || trials.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(Diagnostic.Error(
                source,
                "$.trials",
                hasTrials ? $"\"trials\" must be an array, found {trials.ValueKind.Describe()}." : "\"trials\" is missing.",
                "Give \"trials\": [{\"trial_id\": \"NCT...\", \"entities\": [...], \"mcode_mappings\": [...]}, ...]."));
            return (null, tasks);
        }

        var promptType = TrialEntryReader.ReadPromptType(root, "$", source, diagnostics, out var promptTypeValid);
        if (!promptTypeValid)
        {
            return (null, tasks);
        }

        var reader = new TrialEntryReader(source, promptType, diagnostics);
        var index = 0;
        foreach (var entry in trials.EnumerateArray())
        {
            if (reader.Read(entry, $"$.trials[{index++}]") is { } task)
            {
                tasks.Add(task);
            }
        }

        return (ReadModel(root, source, diagnostics), tasks);
    }

    private static bool CheckHeader(JsonElement root, bool hasFormat, JsonElement format, string source, List<Diagnostic> diagnostics)
    {
        if (!hasFormat)
        {
            diagnostics.Add(Diagnostic.Error(source, "$.format", "not a McodeBench predictions file: \"format\" is missing.", Header));
            return false;
        }

        if (format.ValueKind != JsonValueKind.String || !string.Equals(format.GetString(), PredictionFileFormat.Name, StringComparison.Ordinal))
        {
            var isGold = format.ValueKind == JsonValueKind.String && string.Equals(format.GetString(), GoldFormat.Name, StringComparison.Ordinal);
            diagnostics.Add(Diagnostic.Error(
                source,
                "$.format",
                isGold ? "this is a gold file, not a predictions file." : $"\"format\" must be \"{PredictionFileFormat.Name}\", found {format.GetRawText()}.",
                isGold ? "Pass it as the gold, and the model's predictions as the predictions." : Header));
            return false;
        }

        if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var number))
        {
            diagnostics.Add(Diagnostic.Error(source, "$.version", "\"version\" is missing or not a whole number.", Header));
            return false;
        }

        if (number > PredictionFileFormat.CurrentVersion)
        {
            diagnostics.Add(Diagnostic.Error(
                source, "$.version", $"version {number} was written by a newer McodeBench; this one reads version {PredictionFileFormat.CurrentVersion}.", "Update McodeBench."));
            return false;
        }

        if (number < 1)
        {
            diagnostics.Add(Diagnostic.Error(source, "$.version", $"version {number} does not exist.", Header));
            return false;
        }

        return true;
    }

    private static string? ReadModel(JsonElement root, string source, List<Diagnostic> diagnostics)
    {
        if (!root.TryGetProperty("model", out var model) || model.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (model.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(model.GetString()))
        {
            return model.GetString()!.Trim();
        }

        diagnostics.Add(Diagnostic.Warning(source, "$.model", $"\"model\" should be a non-empty string (a label), found {model.GetRawText()}; it is ignored.", "Write e.g. \"model\": \"gpt-4o-2024-08-06\"."));
        return null;
    }

    // System.Text.Json counts lines and bytes from 0 and appends them to its message; the diagnostic carries 1-based
    // numbers and the path itself, so only the reason is kept.
    private static Diagnostic SyntaxError(JsonException exception, string source)
    {
        var reason = exception.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = reason.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                reason = reason[..at];
            }
        }

        return new Diagnostic(
            DiagnosticSeverity.Error,
            source,
            "invalid JSON: " + reason.Trim().TrimEnd('|').Trim(),
            SyntaxFix,
            exception.LineNumber is long line ? (int)line + 1 : null,
            exception.BytePositionInLine is long column ? (int)column + 1 : null,
            exception.Path is { Length: > 0 } path ? path : null);
    }
}
