namespace McodeBench.Core.Pipelines.Parsing;

/// <summary>Short, readable cuts of a raw output for failure messages, and line/column positions in it.</summary>
internal static class OutputExcerpt
{
    public const int MaxLength = 240;

    public static string Head(string text) => Cut(text, 0, MaxLength);

    public static string Tail(string text) => Cut(text, Math.Max(0, text.Length - MaxLength), text.Length);

    /// <summary>Up to <see cref="MaxLength"/> characters centred on <paramref name="index"/>.</summary>
    public static string Around(string text, int index)
    {
        var start = Math.Clamp(index - (MaxLength / 2), 0, Math.Max(0, text.Length - MaxLength));
        return Cut(text, start, Math.Min(text.Length, start + MaxLength));
    }

    public static string Cut(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var excerpt = text[start..end];
        if (excerpt.Length > MaxLength)
        {
            excerpt = excerpt[..MaxLength];
            end = start + MaxLength;
        }

        return (start > 0 ? "…" : string.Empty) + excerpt + (end < text.Length ? "…" : string.Empty);
    }

    /// <summary>1-based line and column of a character index.</summary>
    public static (int Line, int Column) Position(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
