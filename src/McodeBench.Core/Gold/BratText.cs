using System.Text.RegularExpressions;

namespace McodeBench.Core.Gold;

/// <summary>The text column of a T line is one line, so a span over a line break is written with spaces in its place.</summary>
internal static partial class BratText
{
    public static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>
    /// A T line's text as compared with the document's: runs of white space (line ends of either convention included)
    /// are one space, and the ends are trimmed, so a CRLF text, its LF copy and a span ending on <c>\r</c> agree.
    /// </summary>
    public static string Comparable(string text) => WhiteSpace().Replace(text, " ").Trim();

    /// <summary>The end of a span moved back over the line-break characters it ends with (never before its start).</summary>
    public static int EndBeforeLineBreak(string text, int start, int end)
    {
        while (end > start + 1 && text[end - 1] is '\r' or '\n')
        {
            end--;
        }

        return end;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
