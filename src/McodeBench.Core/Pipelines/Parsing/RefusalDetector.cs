using System.Text.RegularExpressions;

namespace McodeBench.Core.Pipelines.Parsing;

/// <summary>
/// Recognises the stock phrases with which chat models decline a task. Only consulted when an output holds no JSON,
/// so a refusal phrase inside a JSON string value never turns an answer into a refusal.
/// </summary>
internal static partial class RefusalDetector
{
    public static bool LooksLikeRefusal(string text) => RefusalPattern().IsMatch(text);

    [GeneratedRegex(
        @"\b(I\s+can(?:not|'t|’t)|I(?:\s+am|'m|’m)\s+(?:sorry|unable|not\s+able)|As\s+an\s+AI|I\s+(?:won't|won’t|will\s+not)|I\s+must\s+decline|unable\s+to\s+(?:assist|help|comply))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefusalPattern();
}
