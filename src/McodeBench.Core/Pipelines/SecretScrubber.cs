using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace McodeBench.Core.Pipelines;

/// <summary>
/// Masks credentials before a message is stored, logged, shown or exported: the actual values of the secrets this
/// process knows (every API key it read, the values of the variables the model library names, the access token:
/// see <see cref="Remember(string?)"/>), whatever they look like, and, for secrets it was never told of, the shapes
/// providers and HTTP stacks echo (bearer tokens, <c>sk-</c> keys, <c>api_key=</c> pairs).
/// </summary>
public static partial class SecretScrubber
{
    public const string Mask = "***";

    /// <summary>Shorter values are not remembered: masking every "1234" would hide more than it protects.</summary>
    public const int ShortestRemembered = 8;

    // Process-wide on purpose: a key read by one model call may be echoed into any message, anywhere in the process.
    // Longest first, so a secret that contains another is masked whole.
    private static ImmutableArray<string> known = [];
    private static readonly Lock Gate = new();

    /// <summary>Masks <paramref name="value"/> in every text scrubbed from now on (ignored when shorter than <see cref="ShortestRemembered"/>).</summary>
    public static void Remember(string? value)
    {
        var secret = value?.Trim();
        if (secret is null || secret.Length < ShortestRemembered)
        {
            return;
        }

        lock (Gate)
        {
            if (!known.Contains(secret, StringComparer.Ordinal))
            {
                known = [.. known.Append(secret).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)];
            }
        }
    }

    public static void Remember(IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            Remember(value);
        }
    }

    public static string Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var scrubbed = text;
        foreach (var secret in known)
        {
            scrubbed = scrubbed.Replace(secret, Mask, StringComparison.Ordinal);
        }

        scrubbed = BearerPattern().Replace(scrubbed, "Bearer " + Mask);
        scrubbed = SkKeyPattern().Replace(scrubbed, "sk-" + Mask);
        return KeyValuePattern().Replace(scrubbed, match => match.Groups["name"].Value + match.Groups["sep"].Value + Mask);
    }

    /// <summary><see cref="Scrub"/> that keeps null as null (optional columns stay unset).</summary>
    public static string? ScrubOptional(string? text) => text is null ? null : Scrub(text);

    [GeneratedRegex(@"\bBearer\s+[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BearerPattern();

    [GeneratedRegex(@"\bsk-[A-Za-z0-9_\-]{6,}", RegexOptions.CultureInvariant)]
    private static partial Regex SkKeyPattern();

    [GeneratedRegex(
        @"(?<name>\b(?:x-api-key|x-goog-api-key|api[_-]?key|access[_-]?token|authorization)|[?&]key)(?<sep>[""']?\s*[=:]\s*[""']?)(?!\*\*\*)[^\s""'&,;]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyValuePattern();
}
