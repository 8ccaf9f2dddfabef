namespace McodeBench.Core.Gold;

/// <summary>
/// Converts between brat offsets (Unicode code points, as Python counts them) and .NET string offsets (UTF-16 code
/// units). They differ only after a character outside the Basic Multilingual Plane (e.g. an emoji), so a text without
/// surrogate pairs maps one to one.
/// </summary>
internal sealed class CodePointOffsets
{
    private readonly int[]? utf16ByCodePoint;

    public CodePointOffsets(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            Length = text.Length;
            return;
        }

        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        utf16ByCodePoint = [.. map];
        Length = utf16ByCodePoint.Length - 1;
    }

    /// <summary>The text's length in code points.</summary>
    public int Length { get; }

    public int ToUtf16(int codePoint) => utf16ByCodePoint is null ? codePoint : utf16ByCodePoint[codePoint];

    public int ToCodePoint(int utf16)
    {
        if (utf16ByCodePoint is null)
        {
            return utf16;
        }

        var found = Array.BinarySearch(utf16ByCodePoint, utf16);
        return found >= 0 ? found : ~found;
    }
}
