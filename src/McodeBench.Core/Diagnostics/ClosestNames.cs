using Quickenshtein;

namespace McodeBench.Core.Diagnostics;

/// <summary>
/// Suggests the names a user probably meant when a key, placeholder or field name is not known ("did you mean …?").
/// </summary>
public static class ClosestNames
{
    /// <summary>
    /// Up to <paramref name="max"/> candidates close to <paramref name="name"/>: within a small edit distance (case
    /// ignored) or containing it, nearest first.
    /// </summary>
    public static IReadOnlyList<string> Find(string name, IEnumerable<string> candidates, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        var wanted = name.Trim().ToLowerInvariant();
        if (wanted.Length == 0)
        {
            return [];
        }

        // A third of the length catches one or two slips in long names without matching unrelated short ones; a name
        // typed as a fragment of a longer one ("gpt-4o" for "gpt-4o-mini") is admitted whatever the distance, but the
        // true edit distance still orders the suggestions so the nearest spelling comes first.
        var tolerance = Math.Max(2, wanted.Length / 3);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(candidate => (candidate, lower: candidate.ToLowerInvariant()))
            .Select(pair => (pair.candidate, distance: Levenshtein.GetDistance(wanted, pair.lower), fragment: IsFragment(wanted, pair.lower)))
            .Where(pair => pair.distance <= tolerance || pair.fragment)
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(pair => pair.candidate)
            .ToList();
    }

    /// <summary>" Did you mean 'a' or 'b'?" or an empty string; ready to append to a message.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates, string quote = "'")
    {
        var close = Find(name, candidates);
        return close.Count == 0 ? string.Empty : $" Did you mean {string.Join(" or ", close.Select(c => quote + c + quote))}?";
    }

    private static bool IsFragment(string wanted, string candidate) =>
        wanted.Length >= 3 && (candidate.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(candidate, StringComparison.Ordinal));
}
