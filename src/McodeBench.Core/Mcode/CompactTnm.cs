namespace McodeBench.Core.Mcode;

/// <summary>
/// TNM categories written together as one word ("cT2N1M0", "pT1cN0", "ypT0N0", the "2N0" of "T1-2N0"), which gold
/// annotates category by category. Finds where, inside such a word, a category and its T/N/M letter begin, so that
/// each category can be found on its own while other words stay whole ("ER" is still not inside "HER2").
/// </summary>
internal static class CompactTnm
{
    private const string Prefixes = "acpry";
    private const char RangeContinuation = 'z';
    private const int NoLetter = -1;

    /// <summary>
    /// The positions strictly inside the word [start, end) of a normalised (lower-case) text where a category or its
    /// T/N/M letter begins, over every way of reading the word as categories; empty when the word is not compact TNM
    /// (it must read as one or more categories and hold a digit, so "ptx" and "tis" stay words).
    /// </summary>
    public static HashSet<int> InnerBoundaries(string text, int start, int end)
    {
        var boundaries = new HashSet<int>();
        if (!text.AsSpan(start, end - start).ContainsAnyInRange('0', '9'))
        {
            return boundaries;
        }

        // Edges of a graph over positions: a category (or the leading range continuation) from one position to the next.
        var reachable = new bool[end - start + 1];
        reachable[0] = true;
        var edges = new List<(int From, int Letter, int To)>();
        foreach (var afterRange in ValueEnds(text, start, end, RangeContinuation))
        {
            // "T1-2N0": the dash splits the word, and "2N0" begins with the end of the range.
            if (afterRange < end)
            {
                edges.Add((start, NoLetter, afterRange));
                reachable[afterRange - start] = true;
            }
        }

        for (var at = start; at < end; at++)
        {
            if (!reachable[at - start])
            {
                continue;
            }

            foreach (var (letter, to) in Categories(text, at, end))
            {
                edges.Add((at, letter, to));
                reachable[to - start] = true;
            }
        }

        // Keep only edges on a path that reads the whole word.
        var completes = new bool[end - start + 1];
        completes[end - start] = true;
        for (var i = edges.Count - 1; i >= 0; i--)
        {
            var (from, letter, to) = edges[i];
            if (completes[to - start])
            {
                completes[from - start] = true;
                boundaries.Add(from);
                boundaries.Add(to);
                if (letter != NoLetter)
                {
                    boundaries.Add(letter);
                }
            }
        }

        if (!completes[0])
        {
            boundaries.Clear();
            return boundaries;
        }

        boundaries.Remove(start);
        boundaries.Remove(end);
        return boundaries;
    }

    /// <summary>Every category starting at <paramref name="at"/>: optional c/p/y/r/a prefixes, T, N or M, a value.</summary>
    private static IEnumerable<(int Letter, int End)> Categories(string text, int at, int end)
    {
        for (var prefix = 0; prefix <= 2 && at + prefix < end; prefix++)
        {
            if (prefix > 0 && !Prefixes.Contains(text[at + prefix - 1], StringComparison.Ordinal))
            {
                yield break;
            }

            var letter = at + prefix;
            if (text[letter] is 't' or 'n' or 'm')
            {
                foreach (var valueEnd in ValueEnds(text, letter + 1, end, text[letter]))
                {
                    yield return (letter, valueEnd);
                }
            }
        }
    }

    /// <summary>
    /// Every place the value of a category starting at <paramref name="at"/> can end: X, "is" (T only), a number in the
    /// category's range with or without a subcategory letter or "mi" ("T1c" or "T1" followed by "cN1"). For the
    /// leading range continuation, any T/N/M number with or without a subcategory.
    /// </summary>
    private static IEnumerable<int> ValueEnds(string text, int at, int end, char category)
    {
        if (at >= end)
        {
            yield break;
        }

        var c = text[at];
        if (category != RangeContinuation && c == 'x')
        {
            yield return at + 1;
            yield break;
        }

        if (category == 't' && c == 'i' && at + 1 < end && text[at + 1] == 's')
        {
            yield return at + 2;
            yield break;
        }

        var (highest, lastSubcategory) = category switch
        {
            't' => ('4', 'd'),
            'n' => ('3', 'c'),
            'm' => ('1', 'd'),
            _ => ('4', 'd'),
        };
        if (c < '0' || c > highest)
        {
            yield break;
        }

        var next = at + 1;
        yield return next;
        if (category is 't' or 'n' && next + 1 < end && text[next] == 'm' && text[next + 1] == 'i')
        {
            yield return next + 2;
        }
        else if (next < end && text[next] >= 'a' && text[next] <= lastSubcategory)
        {
            yield return next + 1;
        }
    }
}
