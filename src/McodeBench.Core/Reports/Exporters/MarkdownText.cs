using System.Globalization;
using System.Text;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>How the Markdown report shows values: undefined as "—" (never 0 or 1), and text escaped so a key can neither break a table nor become markup or HTML.</summary>
internal static class MarkdownText
{
    public const string Undefined = "—";

    public static string Score(double? value) => value is double v ? v.ToString("0.000", CultureInfo.InvariantCulture) : Undefined;

    public static string Percent(double? value) => value is double v ? v.ToString("0.0%", CultureInfo.InvariantCulture) : Undefined;

    public static string Money(decimal value) => "$" + value.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Milliseconds(double? value) => value is double v ? v.ToString("0", CultureInfo.InvariantCulture) + " ms" : Undefined;

    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Text for a table cell or a heading: Markdown punctuation backslash-escaped, HTML characters as entities, line breaks as spaces.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '\r' or '\n' or '\t':
                    escaped.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
