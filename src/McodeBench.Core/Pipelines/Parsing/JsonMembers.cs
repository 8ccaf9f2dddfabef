using System.Globalization;
using System.Text.Json;

namespace McodeBench.Core.Pipelines.Parsing;

/// <summary>
/// Member look-up that tolerates the spellings models use: case, underscores, hyphens and spaces are ignored, so
/// <c>Mcode_element</c>, <c>mcodeElement</c> and <c>mcode-element</c> are one key.
/// </summary>
internal static class JsonMembers
{
    /// <summary>Lower-case letters and digits only.</summary>
    public static string Key(string name) =>
        string.Create(name.Count(char.IsLetterOrDigit), name, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (char.IsLetterOrDigit(c))
                {
                    span[i++] = char.ToLowerInvariant(c);
                }
            }
        });

    /// <summary>
    /// The first member matching one of <paramref name="keys"/> (already normalised), trying the keys in priority
    /// order; the name found is returned as written so messages can quote it.
    /// </summary>
    public static bool TryGet(JsonElement element, IReadOnlyList<string> keys, out JsonElement value, out string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var key in keys)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (string.Equals(Key(property.Name), key, StringComparison.Ordinal))
                    {
                        value = property.Value;
                        name = property.Name;
                        return true;
                    }
                }
            }
        }

        value = default;
        name = string.Empty;
        return false;
    }

    /// <summary>A trimmed non-empty string, or a number written as text; null for anything else.</summary>
    public static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    /// <summary>A non-negative integer written as a number or as digits.</summary>
    public static int? Index(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out var number) && number >= 0 => number,
        JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };
}
