using System.Text.RegularExpressions;

namespace McodeBench.Core.Pipelines;

/// <summary>
/// Masks credentials that providers and HTTP stacks sometimes echo into error messages (bearer tokens, <c>sk-</c>
/// keys, <c>api_key=</c> pairs) before a message is stored, logged or shown.
/// </summary>
public static partial class SecretScrubber
{
    public const string Mask = "***";

    public static string Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var scrubbed = BearerPattern().Replace(text, "Bearer " + Mask);
        scrubbed = SkKeyPattern().Replace(scrubbed, "sk-" + Mask);
        return KeyValuePattern().Replace(scrubbed, match => match.Groups["name"].Value + match.Groups["sep"].Value + Mask);
    }

    [GeneratedRegex(@"\bBearer\s+[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerPattern();

    [GeneratedRegex(@"\bsk-[A-Za-z0-9_\-]{6,}", RegexOptions.CultureInvariant)]
    private static partial Regex SkKeyPattern();

    [GeneratedRegex(
        @"(?<name>\b(?:x-api-key|x-goog-api-key|api[_-]?key|access[_-]?token|authorization)|[?&]key)(?<sep>[""']?\s*[=:]\s*[""']?)(?!\*\*\*)[^\s""'&,;]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyValuePattern();
}
