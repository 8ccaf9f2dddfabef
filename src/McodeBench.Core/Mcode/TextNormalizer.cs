using System.Globalization;
using System.Text;
using ICU4N.Text;

namespace McodeBench.Core.Mcode;

/// <summary>
/// The one text normalisation of SCORING.md, applied to both sides before any comparison: Unicode NFKC, invariant
/// lower case, hyphen and dash variants and white-space runs → one space, surrounding white space, quotes and
/// punctuation trimmed (but not the units <c>%</c>, <c>‰</c>, <c>‱</c>). <see cref="NormalizeWithOffsets"/> also keeps,
/// for every normalised character, the range of original characters it came from, so a match found in normalised text
/// maps back to original offsets.
/// </summary>
public static class TextNormalizer
{
    // string.Normalize is a no-op for non-ASCII text under InvariantGlobalization (the product's setting), so NFKC
    // comes from ICU4N. Normalizer2 instances are immutable and thread-safe.
    private static readonly Normalizer2 Nfkc = Normalizer2.GetInstance(null, "nfkc", Normalizer2Mode.Compose);

    // ICU's answer for every ASCII code point, asked once: the segmentation asks it for nearly every character.
    private static readonly bool[] AsciiBoundaries = [.. Enumerable.Range(0, 128).Select(Nfkc.HasBoundaryBefore)];

    /// <summary>The normalised form of a text (empty for null).</summary>
    public static string Normalize(string? text) => NormalizeWithOffsets(text).Text;

    /// <summary>The normalised form of a text with the original range behind each normalised character.</summary>
    public static NormalizedText NormalizeWithOffsets(string? text) => Build(text, trimEnds: true);

    /// <summary>
    /// The normalised form without the final trimming of surrounding white space, quotes and punctuation: for a text
    /// that is searched in (a trial section) rather than compared whole, so the characters around a match stay visible.
    /// Whole-word matches of a normalised needle are the same as in the trimmed form.
    /// </summary>
    public static NormalizedText NormalizeUntrimmed(string? text) => Build(text, trimEnds: false);

    private static NormalizedText Build(string? text, bool trimEnds)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new NormalizedText(string.Empty, [], string.Empty, string.Empty);
        }

        var output = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        foreach (var (segmentStart, segmentEnd) in NormalizationSegments(text))
        {
            if (IsAscii(text.AsSpan(segmentStart, segmentEnd - segmentStart)))
            {
                // The common case, without allocating: NFKC leaves ASCII as it is and lower-cases it char by char.
                for (var i = segmentStart; i < segmentEnd; i++)
                {
                    Append(output, starts, ends, char.ToLowerInvariant(text[i]), segmentStart, segmentEnd);
                }

                continue;
            }

            // A spacing acute accent is typed as an apostrophe; NFKC would turn it into a space and a combining mark.
            var segment = text[segmentStart..segmentEnd] is "\u00B4" ? "'" : text[segmentStart..segmentEnd];
            var normalized = IsAscii(segment) ? segment : Nfkc.Normalize(segment);
            var lower = normalized.ToLowerInvariant();
            if (lower.Length != normalized.Length)
            {
                // .NET invariant casing is a simple (one-to-one) mapping; the offset map relies on that.
                throw new InvalidOperationException($"Lower-casing changed the length of \"{normalized}\".");
            }

            foreach (var c in lower)
            {
                Append(output, starts, ends, c, segmentStart, segmentEnd);
            }
        }

        return Trim(output, starts, ends, trimEnds);
    }

    /// <summary>True for hyphen, dash and minus variants, which normalise to a space.</summary>
    public static bool IsDash(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation
        || c is '\u2212' /* minus sign */ or '\u02D7' /* modifier minus */ or '\u2796' /* heavy minus */ or '\u2043' /* hyphen bullet */;

    /// <summary>True for characters that are part of a word: letters, digits, combining marks and astral code units.</summary>
    public static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c)
        || char.IsSurrogate(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static void Append(StringBuilder output, List<int> starts, List<int> ends, char c, int start, int end)
    {
        if (c == '\u00AD')
        {
            // A soft hyphen is an invisible line-break hint inside a word: dropping it keeps the word whole.
            return;
        }

        if (char.IsWhiteSpace(c) || IsDash(c))
        {
            if (output.Length > 0 && output[^1] == ' ')
            {
                ends[^1] = end;
                return;
            }

            c = ' ';
        }

        output.Append(c);
        starts.Add(start);
        ends.Add(end);
    }

    private static NormalizedText Trim(StringBuilder output, List<int> starts, List<int> ends, bool trimEnds)
    {
        var first = 0;
        var last = output.Length;
        while (trimEnds && first < last && IsTrimmed(output[first]))
        {
            first++;
        }

        while (trimEnds && last > first && IsTrimmed(output[last - 1]))
        {
            last--;
        }

        var ranges = new (int Start, int End)[last - first];
        for (var i = first; i < last; i++)
        {
            ranges[i - first] = (starts[i], ends[i]);
        }

        return new NormalizedText(output.ToString(first, last - first), ranges, output.ToString(0, first), output.ToString(last, output.Length - last));
    }

    // Trimmed from both ends: white space, Unicode punctuation except the per-cent, per-mille and per-ten-thousand signs
    // (units, not punctuation: "≥ 1%" and "≥ 1" differ), and the grave accent used as a quote.
    private static bool IsTrimmed(char c) => c == ' ' || (char.IsPunctuation(c) && !IsUnitSign(c)) || c == '`';

    // Full-width and small per-cent signs become "%" under NFKC; the Arabic per-cent sign is left out: trial records are English.
    private static bool IsUnitSign(char c) => c is '%' or '\u2030' /* per mille */ or '\u2031' /* per ten thousand */;

    /// <summary>
    /// Splits the text where NFKC has a boundary (ICU's <c>HasBoundaryBefore</c>): normalising each piece alone gives
    /// the same result as normalising the whole, and every output character can be traced to its piece.
    /// </summary>
    private static IEnumerable<(int Start, int End)> NormalizationSegments(string text)
    {
        var start = 0;
        var index = 0;
        while (index < text.Length)
        {
            var width = char.IsSurrogatePair(text, index) ? 2 : 1;
            var codePoint = width == 2 ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];
            if (index > start && HasBoundaryBefore(codePoint))
            {
                yield return (start, index);
                start = index;
            }

            index += width;
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    private static bool HasBoundaryBefore(int codePoint) =>
        codePoint < AsciiBoundaries.Length ? AsciiBoundaries[codePoint] : Nfkc.HasBoundaryBefore(codePoint);

    private static bool IsAscii(ReadOnlySpan<char> segment) => !segment.ContainsAnyExceptInRange('\u0000', '\u007F');

    private static bool IsAscii(string segment)
    {
        foreach (var c in segment)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }
}
