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

        // A third of the length catches one or two slips in long names without matching unrelated short ones.
        var tolerance = Math.Max(2, wanted.Length / 3);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(candidate => (candidate, distance: Distance(wanted, candidate.ToLowerInvariant())))
            .Where(pair => pair.distance <= tolerance)
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

    private static int Distance(string wanted, string candidate)
    {
        // A name typed as a fragment of a longer one ("gpt-4o" for "gpt-4o-mini") is close whatever its length.
        if (wanted.Length >= 3 && (candidate.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(candidate, StringComparison.Ordinal)))
        {
            return 1;
        }

        return Levenshtein.GetDistance(wanted, candidate);
    }
}
