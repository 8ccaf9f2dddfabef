namespace McodeBench.Core.Gold;

/// <summary>Finds where a piece of text occurs, for re-anchoring spans and for "did you mean" hints.</summary>
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
