using System.Text;
using System.Text.RegularExpressions;

namespace McodeBench.Core.Library;

/// <summary>
/// The rule for prompt and model keys. Keys are typed on command lines, stored in run specs and the database, and used
/// in file names of exports, so they are restricted to characters that need no quoting anywhere.
/// </summary>
public static partial class LibraryKey
{
    public const int MaxLength = 64;

    /// <summary>The rule in words, for messages.</summary>
    public const string Rule = "lower-case letters a-z, digits, '.', '-' and '_', starting with a letter or digit, at most 64 characters";

    public static bool IsValid(string? key) => key is { Length: > 0 and <= MaxLength } && KeyPattern().IsMatch(key);

    /// <summary>A valid key made from arbitrary text: lower-cased, other characters replaced by '-'.</summary>
    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            var allowed = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '_';
            if (allowed)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var key = builder.ToString().Trim('-', '.', '_');
        if (key.Length > MaxLength)
        {
            key = key[..MaxLength].TrimEnd('-', '.', '_');
        }

        return key.Length == 0 ? "unnamed" : key;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
