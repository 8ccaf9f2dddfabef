namespace McodeBench.Core.Gold;

/// <summary>
/// Finds where a piece of text occurs, for re-anchoring spans and for "did you mean" hints. Scoring's
/// <see cref="Scoring.TextAnchorer"/> is not used because a gold span must cover exactly the characters of the gold text
/// (same length, found verbatim or ignoring case only, nearest the place the source gave, even inside a word), whereas
/// the anchorer matches normalised text on word boundaries, which can yield a span of a different length or text.
/// </summary>
internal static class TextOccurrences
{
    public static List<int> All(string text, string needle, StringComparison comparison)
    {
        var starts = new List<int>();
        if (needle.Length == 0)
        {
            return starts;
        }

        for (var at = text.IndexOf(needle, comparison); at >= 0; at = text.IndexOf(needle, at + 1, comparison))
        {
            starts.Add(at);
            if (at + 1 >= text.Length)
            {
                break;
            }
        }

        return starts;
    }

    /// <summary>The occurrence whose start is nearest <paramref name="near"/> (the earlier one on a tie), or null.</summary>
    public static int? Nearest(string text, string needle, int near, StringComparison comparison)
    {
        int? best = null;
        foreach (var start in All(text, needle, comparison))
        {
            if (best is null || Math.Abs(start - near) < Math.Abs(best.Value - near))
            {
                best = start;
            }
        }

        return best;
    }
}
