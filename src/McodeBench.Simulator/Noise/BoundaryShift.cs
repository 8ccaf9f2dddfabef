namespace McodeBench.Simulator.Noise;

/// <summary>
/// Moves one boundary of an extracted text by one word: either takes in the neighbouring word of the trial text, or
/// drops the first or last word. The result is what a model with sloppy span boundaries would return.
/// </summary>
internal static class BoundaryShift
{
    public static string Move(string text, string source, Random random)
    {
#pragma warning disable CA5394 // Simulation randomness, seeded on purpose.
        var extend = random.NextDouble() < 0.5;
        var atEnd = random.NextDouble() < 0.5;
#pragma warning restore CA5394
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (extend && Extend(text, source, atEnd) is { } longer)
        {
            return longer;
        }

        if (words.Length > 1)
        {
            return atEnd ? string.Join(' ', words[..^1]) : string.Join(' ', words[1..]);
        }

        return Extend(text, source, atEnd) ?? Extend(text, source, !atEnd) ?? text;
    }

    private static string? Extend(string text, string source, bool atEnd)
    {
        var start = source.IndexOf(text, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        var end = start + text.Length;
        if (atEnd)
        {
            var wordStart = SkipSpaces(source, end, forward: true);
            var wordEnd = wordStart;
            while (wordEnd < source.Length && !char.IsWhiteSpace(source[wordEnd]))
            {
                wordEnd++;
            }

            return wordEnd > wordStart ? source[start..wordEnd] : null;
        }

        var previousEnd = SkipSpaces(source, start - 1, forward: false);
        var previousStart = previousEnd;
        while (previousStart >= 0 && !char.IsWhiteSpace(source[previousStart]))
        {
            previousStart--;
        }

        return previousEnd > previousStart ? source[(previousStart + 1)..end] : null;
    }

    private static int SkipSpaces(string source, int index, bool forward)
    {
        while (index >= 0 && index < source.Length && char.IsWhiteSpace(source[index]))
        {
            index += forward ? 1 : -1;
        }

        return index;
    }
}
