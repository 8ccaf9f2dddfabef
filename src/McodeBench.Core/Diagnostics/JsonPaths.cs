using System.Text.RegularExpressions;

namespace McodeBench.Core.Diagnostics;

/// <summary>Builds JSON paths (<c>$.trials[0].entities[3].text</c>) for diagnostics, quoting names that are not identifiers.</summary>
internal static partial class JsonPaths
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        IdentifierPattern().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
