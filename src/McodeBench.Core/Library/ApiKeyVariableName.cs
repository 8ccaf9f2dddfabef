using System.Text.RegularExpressions;

namespace McodeBench.Core.Library;

/// <summary>
/// Rules for the <c>api_key_env</c> field of a model library: it names an environment variable, and a value that looks
/// like an API key itself must be refused, because a key pasted there would be stored, shared and committed.
/// </summary>
public static partial class ApiKeyVariableName
{
    public const string SecretFix = "Put the key in an environment variable and name the variable here, e.g. \"api_key_env\": \"OPENAI_API_KEY\"; then revoke the pasted key, since it has been stored in a file.";

    // Prefixes of the keys of well-known providers and token issuers.
    private static readonly string[] SecretPrefixes =
    [
        "sk-", "sk_", "pk-", "rk-", "ak-", "AIza", "xai-", "gsk_", "hf_", "ghp_", "gho_", "ghs_", "github_pat_", "glpat-",
        "r8_", "pplx-", "nvapi-", "key-", "Bearer ", "bearer ",
    ];

    /// <summary>True for a conventional environment variable name (letters, digits, underscores; not starting with a digit).</summary>
    public static bool IsValidName(string? name) => name is { Length: > 0 and <= 128 } && NamePattern().IsMatch(name);

    /// <summary>
    /// True when the text looks like a credential rather than a variable name: a known key prefix, or a long string
    /// mixing cases and digits without the underscores variable names have.
    /// </summary>
    public static bool LooksLikeSecret(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (SecretPrefixes.Any(prefix => value.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return true;
        }

        var hasUnderscore = value.Contains('_', StringComparison.Ordinal);
        var digits = value.Count(char.IsAsciiDigit);
        var lower = value.Count(char.IsAsciiLetterLower);
        var upper = value.Count(char.IsAsciiLetterUpper);
        var randomLooking = value.Length >= 20 && digits >= 3 && lower > 0 && (upper > 0 || !hasUnderscore);
        var longWithoutWords = value.Length >= 32 && !hasUnderscore;
        return randomLooking || longWithoutWords;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
