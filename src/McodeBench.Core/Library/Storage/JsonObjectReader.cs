using System.Text.Json;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library.Storage;

/// <summary>
/// Reads the fields of one JSON object, reporting every wrong type, missing required field and unknown field as a
/// diagnostic with its JSON path instead of stopping at the first one. Values are never echoed in type errors, so a
/// secret pasted into the wrong field does not end up in a log.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement element;
    private readonly ICollection<Diagnostic> diagnostics;

    public JsonObjectReader(JsonElement element, string path, string file, ICollection<Diagnostic> diagnostics, IReadOnlyCollection<string> knownFields)
    {
        this.element = element;
        this.diagnostics = diagnostics;
        Path = path;
        File = file;
        foreach (var property in element.EnumerateObject())
        {
            if (!knownFields.Contains(property.Name, StringComparer.Ordinal))
            {
                diagnostics.Add(Diagnostic.Warning(
                    file,
                    PathOf(property.Name),
                    $"Unknown field \"{property.Name}\" is ignored.{ClosestNames.DidYouMean(property.Name, knownFields, "\"")}",
                    $"Remove it or correct its name; the fields here are {string.Join(", ", knownFields)}."));
            }
        }
    }

    public string Path { get; }

    public string File { get; }

    public string PathOf(string field) => $"{Path}.{field}";

    /// <summary>True when the field is present and not JSON null.</summary>
    public bool Has(string field) => element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>True when the field is written as JSON null (as opposed to absent).</summary>
    public bool IsNull(string field) => element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Null;

    public string? String(string field, string? fixWhenMissing = null)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (fixWhenMissing is not null)
            {
                diagnostics.Add(Diagnostic.Error(File, Path, $"Required field \"{field}\" is missing.", fixWhenMissing));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return WrongType<string>(field, value, "a string in double quotes");
        }

        var text = value.GetString()!;
        if (fixWhenMissing is not null && string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Diagnostic.Error(File, PathOf(field), $"Required field \"{field}\" is empty.", fixWhenMissing));
            return null;
        }

        return text;
    }

    public bool? Bool(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => WrongType<bool?>(field, value, "true or false (without quotes)"),
        };
    }

    public int? Int32(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : WrongType<int?>(field, value, "a whole number (without quotes)");
    }

    public long? Int64(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : WrongType<long?>(field, value, "a whole number (without quotes)");
    }

    public decimal? Decimal(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
            ? number
            : WrongType<decimal?>(field, value, "a number (without quotes)");
    }

    public double? Double(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            ? number
            : WrongType<double?>(field, value, "a number (without quotes)");
    }

    /// <summary>An array of strings; an absent field is an empty list, a wrong element is reported and skipped.</summary>
    public IReadOnlyList<string> Strings(string field)
    {
        if (!TryGet(field, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return WrongType<IReadOnlyList<string>>(field, value, "an array of strings, e.g. [\"a\", \"b\"]") ?? [];
        }

        var strings = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                strings.Add(item.GetString()!);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(File, $"{PathOf(field)}[{index}]", $"Each item of \"{field}\" must be a string; this one is {item.ValueKind.Describe()}.", "Put the item in double quotes or remove it."));
            }

            index++;
        }

        return strings;
    }

    /// <summary>A nested object's reader, or null when absent or not an object (the latter is reported).</summary>
    public JsonObjectReader? Object(string field, IReadOnlyCollection<string> knownFields)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? new JsonObjectReader(value, PathOf(field), File, diagnostics, knownFields)
            : WrongType<JsonObjectReader>(field, value, "an object { … }");
    }

    /// <summary>The items of an array field that are objects; others are reported. Null when absent or not an array.</summary>
    public IReadOnlyList<(int Index, JsonElement Item)>? ObjectItems(string field, string fixWhenMissing)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            diagnostics.Add(Diagnostic.Error(File, Path, $"Required field \"{field}\" is missing.", fixWhenMissing));
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return WrongType<IReadOnlyList<(int, JsonElement)>>(field, value, "an array [ … ] of objects");
        }

        var items = new List<(int, JsonElement)>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                items.Add((index, item));
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(File, $"{PathOf(field)}[{index}]", $"Each item of \"{field}\" must be an object {{ … }}; this one is {item.ValueKind.Describe()}.", "Write the entry as an object with named fields, or remove it."));
            }

            index++;
        }

        return items;
    }

    private bool TryGet(string field, out JsonElement value) =>
        element.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null;

    private T? WrongType<T>(string field, JsonElement value, string expected)
    {
        diagnostics.Add(Diagnostic.Error(File, PathOf(field), $"\"{field}\" must be {expected}, but it is {value.ValueKind.Describe()}.", $"Write \"{field}\" as {expected}."));
        return default;
    }
}
