namespace McodeBench.Core.Gold;

/// <summary>The text column of a T line is one line, so a span over a line break is written with spaces in its place.</summary>
internal static class BratText
{
    public static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
}
