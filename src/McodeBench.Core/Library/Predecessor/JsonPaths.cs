using System.Text.RegularExpressions;

namespace McodeBench.Core.Library.Predecessor;

/// <summary>JSON path segments for object keys that may not be plain identifiers (<c>$['deepseek-chat']</c>).</summary>
internal static partial class JsonPaths
{
    public static string Child(string parent, string name) =>
        Identifier().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
