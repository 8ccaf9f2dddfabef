using System.Text.Json;
using System.Text.RegularExpressions;
using McodeBench.Core.Gold;
using McodeBench.Core.Library.Storage;
using McodeBench.Core.Scoring.Files;

namespace McodeBench.Cli.Validation;

/// <summary>
/// Tells what a file or folder holds from its content (the <c>format</c> member, the shape of a CT.gov record), falling
/// back on its name only when the JSON does not parse, so that the right reader reports the syntax error.
/// </summary>
internal static partial class InputKindDetector
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 };

    /// <summary>A folder that is neither a workspace nor brat is expanded into the JSON files directly inside it.</summary>
    public static IReadOnlyList<DetectedInput> Detect(string path)
    {
        if (Directory.Exists(path))
        {
            if (File.Exists(Path.Combine(path, "models.json")) || File.Exists(Path.Combine(path, "prompts", "prompts.json")))
            {
                return [new DetectedInput(path, InputKind.Workspace)];
            }

            if (Directory.EnumerateFiles(path, "*.ann").Any())
            {
                return [new DetectedInput(path, InputKind.BratGold)];
            }

            var files = Directory.EnumerateFiles(path)
                .Where(file => Path.GetExtension(file).ToLowerInvariant() is ".json" or ".ndjson" or ".jsonl")
                .Order(StringComparer.Ordinal)
                .Select(DetectFile)
                .ToList();
            return files.Count > 0 ? files : [new DetectedInput(path, InputKind.Unknown, "a folder with no .json, .ndjson or .ann files")];
        }

        return [File.Exists(path) ? DetectFile(path) : new DetectedInput(path, InputKind.Missing)];
    }

    private static DetectedInput DetectFile(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".ann" or ".txt")
        {
            return new DetectedInput(path, InputKind.BratGold);
        }

        if (extension is ".ndjson" or ".jsonl")
        {
            return new DetectedInput(path, InputKind.Trials);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), Options);
            return new DetectedInput(path, FromContent(document.RootElement));
        }
        catch (JsonException)
        {
            var (kind, reason) = FromDeclaredFormat(path) ?? FromName(path);
            return new DetectedInput(path, kind, reason);
        }
    }

    private static InputKind FromContent(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first && first.TryGetProperty("protocolSection", out _)
                ? InputKind.Trials
                : InputKind.Unknown;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return InputKind.Unknown;
        }

        if (root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String)
        {
            return format.GetString() switch
            {
                PromptLibraryLoader.Format => InputKind.PromptLibrary,
                ModelLibraryLoader.Format => InputKind.ModelLibrary,
                GoldFormat.Name => InputKind.NativeGold,
                PredictionFileFormat.Name => InputKind.Predictions,
                _ => InputKind.Unknown,
            };
        }

        if (root.TryGetProperty("protocolSection", out _) || root.TryGetProperty("studies", out _) || root.TryGetProperty("test_cases", out _))
        {
            return InputKind.Trials;
        }

        if (root.TryGetProperty("trial_id", out _))
        {
            return InputKind.Predictions;
        }

        // Without "format" the loaders still recognise their own files (and the predecessor's), and say what is missing.
        if (root.TryGetProperty("prompt_library", out _) || root.TryGetProperty("prompts", out _))
        {
            return InputKind.PromptLibrary;
        }

        return root.TryGetProperty("model_library", out _) || root.TryGetProperty("models", out _)
            || root.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("model_identifier", out _))
            ? InputKind.ModelLibrary
            : InputKind.Unknown;
    }

    /// <summary>The kind a broken file declares in its <c>"format"</c> member, read from the text since it does not parse.</summary>
    private static (InputKind Kind, string Reason)? FromDeclaredFormat(string path)
    {
        var match = FormatMember().Match(File.ReadAllText(path));
        InputKind? kind = match.Success
            ? match.Groups["format"].Value switch
            {
                PromptLibraryLoader.Format => InputKind.PromptLibrary,
                ModelLibraryLoader.Format => InputKind.ModelLibrary,
                GoldFormat.Name => InputKind.NativeGold,
                PredictionFileFormat.Name => InputKind.Predictions,
                _ => null,
            }
            : null;
        return kind is { } known ? (known, "told from its \"format\": the JSON does not parse") : null;
    }

    [GeneratedRegex(@"""format""\s*:\s*""(?<format>[a-z-]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex FormatMember();

    private static (InputKind Kind, string Reason) FromName(string path)
    {
        const string told = "told from the file name: the JSON does not parse";
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name switch
        {
            _ when name.EndsWith(GoldFormat.FileExtension, StringComparison.Ordinal) => (InputKind.NativeGold, told),
            _ when name.EndsWith(PredictionFileFormat.FileExtension, StringComparison.Ordinal) => (InputKind.Predictions, told),
            _ when name.Contains("prompt", StringComparison.Ordinal) => (InputKind.PromptLibrary, told),
            _ when name.Contains("model", StringComparison.Ordinal) => (InputKind.ModelLibrary, told),

            // The CT.gov reader also reads several JSON values in one file, and reports a syntax error with its line
            // and column like every other reader.
            _ => (InputKind.Trials, "the JSON does not parse as one value; read as CT.gov records"),
        };
    }
}
