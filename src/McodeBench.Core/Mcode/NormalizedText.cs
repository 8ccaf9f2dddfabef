namespace McodeBench.Core.Mcode;

/// <summary>
/// A text after <see cref="TextNormalizer"/>, with the original character range behind each normalised character
/// (NFKC may turn one character into several or several into one; white-space runs collapse).
/// </summary>
public sealed class NormalizedText
{
    private readonly (int Start, int End)[] sources;

    internal NormalizedText(string text, (int Start, int End)[] sources, string trimmedStart, string trimmedEnd)
    {
        Text = text;
        this.sources = sources;
        TrimmedStart = trimmedStart;
        TrimmedEnd = trimmedEnd;
    }

    public string Text { get; }

    /// <summary>The normalised characters trimmed from the start (white space, quotes, punctuation), in text order.</summary>
    public string TrimmedStart { get; }

    /// <summary>The normalised characters trimmed from the end, in text order.</summary>
    public string TrimmedEnd { get; }

    /// <summary>The original [start, end) range that the normalised range [start, end) came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (start < 0 || end > Text.Length || end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start},{end}) is not a non-empty range of a {Text.Length}-character normalised text.");
        }

        return (sources[start].Start, sources[end - 1].End);
    }

    /// <summary>
    /// Every occurrence of an already normalised needle that starts and ends on a word boundary (so "er" is not found
    /// inside "her2"), as original [start, end) ranges. Overlapping occurrences are all returned, in text order.
    /// </summary>
    public IReadOnlyList<(int Start, int End)> FindWholeWords(string normalizedNeedle)
    {
        ArgumentNullException.ThrowIfNull(normalizedNeedle);
        return IndexesOfWholeWord(normalizedNeedle).Select(at => ToOriginal(at, at + normalizedNeedle.Length)).ToList();
    }

    /// <summary>
    /// Where (in this normalised text) every occurrence of an already normalised needle starts that starts and ends on
    /// a word boundary. Overlapping occurrences are all returned, in text order; none for an empty needle.
    /// </summary>
    public IReadOnlyList<int> IndexesOfWholeWord(string normalizedNeedle)
    {
        ArgumentNullException.ThrowIfNull(normalizedNeedle);
        var found = new List<int>();
        if (normalizedNeedle.Length == 0)
        {
            return found;
        }

        for (var at = Text.IndexOf(normalizedNeedle, StringComparison.Ordinal); at >= 0;
             at = at + 1 < Text.Length ? Text.IndexOf(normalizedNeedle, at + 1, StringComparison.Ordinal) : -1)
        {
            if (IsBoundary(at) && IsBoundary(at + normalizedNeedle.Length))
            {
                found.Add(at);
            }
        }

        return found;
    }

    /// <summary>True when the needle occurs in this text between word boundaries.</summary>
    public bool ContainsWholeWord(string normalizedNeedle) => IndexesOfWholeWord(normalizedNeedle).Count > 0;

    /// <summary>
    /// A boundary lies between two characters unless both are word characters; inside a word of TNM categories written
    /// together ("ct2n1m0") it also lies where a category or its T/N/M letter begins (see <see cref="CompactTnm"/>).
    /// </summary>
    private bool IsBoundary(int position)
    {
        if (position == 0
            || position == Text.Length
            || !TextNormalizer.IsWordCharacter(Text[position - 1])
            || !TextNormalizer.IsWordCharacter(Text[position]))
        {
            return true;
        }

        var start = position;
        while (start > 0 && TextNormalizer.IsWordCharacter(Text[start - 1]))
        {
            start--;
        }

        var end = position;
        while (end < Text.Length && TextNormalizer.IsWordCharacter(Text[end]))
        {
            end++;
        }

        return CompactTnm.InnerBoundaries(Text, start, end).Contains(position);
    }
}
