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
        value = default;
        name = string.Empty;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        // One pass over the members: each takes the place of the best match so far only if it matches an earlier
        // key, so the result is the first member matching the first key any member matches, as trying the keys one
        // by one would give, without normalising every member name once per key.
        var best = keys.Count;
        foreach (var property in element.EnumerateObject())
        {
            var written = property.Name;
            for (var k = 0; k < best; k++)
            {
                if (Matches(written, keys[k]))
                {
                    best = k;
                    value = property.Value;
                    name = written;
                    break;
                }
            }

            if (best == 0)
            {
                break;
            }
        }

        return best < keys.Count;
    }

    /// <summary>Whether <see cref="Key"/> of <paramref name="written"/> equals <paramref name="key"/>, without building it.</summary>
    private static bool Matches(string written, string key)
    {
        var next = 0;
        foreach (var c in written)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (next == key.Length || char.ToLowerInvariant(c) != key[next])
            {
                return false;
            }

            next++;
        }

        return next == key.Length;
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
