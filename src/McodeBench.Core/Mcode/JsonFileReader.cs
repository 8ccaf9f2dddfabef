using System.Text.Json;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Mcode;

/// <summary>
/// Reads the project's own JSON data files and collects every problem with its JSON path, so one error message tells
/// the author of a broken file all that is wrong in it and where.
/// </summary>
internal sealed class JsonFileReader(string source)
{
    private readonly List<string> problems = [];

    public string Source { get; } = source;

    /// <summary>Parses a data file (comments and trailing commas allowed).</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON; the message names the line and (character) column.</exception>
    public static JsonDocument Parse(Stream json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        ReadOnlyMemory<byte> utf8 = buffer.ToArray();
        if (utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(JsonSyntaxError.From(e, utf8.Span, source).ToString(), e);
        }
    }

    public void Problem(string path, string message) => problems.Add($"{path}: {message}");

    /// <summary>
    /// The root must be an object (else this throws at once: nothing else can be read) whose "format" is
    /// <paramref name="supportedFormat"/> (else a problem is recorded and reading goes on).
    /// </summary>
    public void CheckRoot(JsonElement root, string supportedFormat, string whatToFix)
    {
        if (!IsObject(root, "$"))
        {
            ThrowIfProblems(whatToFix);
        }

        var format = RequiredString(root, "format", "$");
        if (format is not null && format != supportedFormat)
        {
            Problem("$.format", $"\"{format}\" is not supported; expected \"{supportedFormat}\"");
        }
    }

    public void ThrowIfProblems(string whatToFix)
    {
        if (problems.Count > 0)
        {
            throw new InvalidDataException(
                $"{Source} has {problems.Count} problem(s); {whatToFix}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
        }
    }

    public bool IsObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Problem(path, $"expected an object, found {Describe(element)}");
        return false;
    }

    /// <summary>A required non-empty string property, or null after recording the problem.</summary>
    public string? RequiredString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            Problem($"{path}.{name}", "missing; expected a non-empty string");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Problem($"{path}.{name}", $"expected a non-empty string, found {Describe(value)}");
            return null;
        }

        return value.GetString()!.Trim();
    }

    /// <summary>An optional string property: null when absent or JSON null.</summary>
    public string? OptionalString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem($"{path}.{name}", $"expected a string or null, found {Describe(value)}");
            return null;
        }

        return value.GetString();
    }

    /// <summary>A required array property's items with their paths; empty after recording the problem.</summary>
    public IReadOnlyList<(JsonElement Item, string Path)> Array(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            Problem($"{path}.{name}", value.ValueKind == JsonValueKind.Undefined ? "missing; expected an array" : $"expected an array, found {Describe(value)}");
            return [];
        }

        return value.EnumerateArray().Select((item, index) => (item, $"{path}.{name}[{index}]")).ToList();
    }

    /// <summary>A required array of non-empty strings.</summary>
    public IReadOnlyList<string> Strings(JsonElement parent, string name, string path)
    {
        var result = new List<string>();
        foreach (var (item, itemPath) in Array(parent, name, path))
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                result.Add(item.GetString()!.Trim());
            }
            else
            {
                Problem(itemPath, $"expected a non-empty string, found {Describe(item)}");
            }
        }

        return result.AsReadOnly();
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Undefined => "nothing",
        JsonValueKind.String => $"\"{element.GetString()}\"",
        JsonValueKind.Null => "null",
        var kind => kind.ToString().ToLowerInvariant(),
    };
}
