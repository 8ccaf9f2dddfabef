namespace McodeBench.Core.Mcode;

/// <summary>
/// A text after <see cref="TextNormalizer"/>, with the original character range behind each normalised character
/// (NFKC may turn one character into several or several into one; white-space runs collapse).
/// </summary>
public sealed class NormalizedText
{
    private readonly (int Start, int End)[] sources;

    internal NormalizedText(string text, (int Start, int End)[] sources)
    {
        Text = text;
        this.sources = sources;
    }

    public string Text { get; }

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
        var found = new List<(int Start, int End)>();
        if (normalizedNeedle.Length == 0)
        {
            return found;
        }

        for (var at = Text.IndexOf(normalizedNeedle, StringComparison.Ordinal); at >= 0;
             at = at + 1 < Text.Length ? Text.IndexOf(normalizedNeedle, at + 1, StringComparison.Ordinal) : -1)
        {
            var end = at + normalizedNeedle.Length;
            if (IsBoundary(at) && IsBoundary(end))
            {
                found.Add(ToOriginal(at, end));
            }
        }

        return found;
    }

    /// <summary>True when the needle occurs in this text between word boundaries.</summary>
    public bool ContainsWholeWord(string normalizedNeedle) => FindWholeWords(normalizedNeedle).Count > 0;

    /// <summary>A boundary lies between two characters unless both are word characters.</summary>
    private bool IsBoundary(int position) =>
        position == 0
        || position == Text.Length
        || !TextNormalizer.IsWordCharacter(Text[position - 1])
        || !TextNormalizer.IsWordCharacter(Text[position]);
}
