using System.Globalization;
using System.Text;
using System.Text.Json;
using McodeBench.Web.Formatting;

namespace McodeBench.Web.Pages.Results;

/// <summary>
/// Writes the tables on screen as one file. CSV stacks the tables (a <c>table,TITLE</c> line, the header, the rows,
/// a blank line) with undefined figures as empty cells and text that a spreadsheet would run as a formula
/// (<c>= + - @</c>, tab, carriage return) prefixed with <c>'</c>; JSON has one object per table with null for
/// undefined figures; Markdown has a heading and a table each, with "—" for undefined figures.
/// </summary>
public static class ScreenExport
{
    public static string Write(ScreenExportFormat format, string title, IReadOnlyList<ScreenTable> tables) => format switch
    {
        ScreenExportFormat.Csv => Csv(tables),
        ScreenExportFormat.Json => Json(title, tables),
        ScreenExportFormat.Markdown => Markdown(title, tables),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    public static string MediaType(ScreenExportFormat format) => format switch
    {
        ScreenExportFormat.Csv => "text/csv",
        ScreenExportFormat.Json => "application/json",
        _ => "text/markdown",
    };

    public static string Extension(ScreenExportFormat format) => format switch
    {
        ScreenExportFormat.Csv => ".csv",
        ScreenExportFormat.Json => ".json",
        _ => ".md",
    };

    /// <summary>A <c>data:</c> address holding the file, for a download link that needs no script and no server round trip.</summary>
    public static string DataUrl(ScreenExportFormat format, string content) =>
        $"data:{MediaType(format)};charset=utf-8;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(content))}";

    public static string Csv(IReadOnlyList<ScreenTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            CsvLine(text, ["table", table.Title]);
            CsvLine(text, table.Columns.Cast<object?>().ToList());
            foreach (var row in table.Rows)
            {
                CsvLine(text, row);
            }

            text.Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>A text cell made safe for spreadsheets: a leading <c>= + - @</c>, tab or carriage return would start a formula.</summary>
    public static string FormulaSafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    public static string Json(string title, IReadOnlyList<ScreenTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("title", title);
            json.WriteStartArray("tables");
            foreach (var table in tables)
            {
                json.WriteStartObject();
                json.WriteString("title", table.Title);
                json.WriteStartArray("rows");
                foreach (var row in table.Rows)
                {
                    json.WriteStartObject();
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        json.WritePropertyName(table.Columns[i]);
                        WriteJsonValue(json, i < row.Count ? row[i] : null);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Markdown(string title, IReadOnlyList<ScreenTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var text = new StringBuilder();
        text.Append("# ").Append(MarkdownCell(title)).Append("\n\n");
        foreach (var table in tables)
        {
            text.Append("## ").Append(MarkdownCell(table.Title)).Append("\n\n");
            text.Append("| ").AppendJoin(" | ", table.Columns.Select(MarkdownCell)).Append(" |\n");
            text.Append('|').AppendJoin('|', table.Columns.Select(_ => " --- ")).Append("|\n");
            foreach (var row in table.Rows)
            {
                text.Append("| ").AppendJoin(" | ", row.Select(cell => cell is null ? DisplayText.Undefined : MarkdownCell(Invariant(cell)))).Append(" |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static void CsvLine(StringBuilder text, IReadOnlyList<object?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var cell = cells[i] switch
            {
                null => string.Empty,
                string s => FormulaSafe(s),
                var value => Invariant(value),
            };
            text.Append(cell.AsSpan().IndexOfAny("\",\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
        }

        text.Append("\r\n");
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case decimal m:
                json.WriteNumberValue(m);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            default:
                json.WriteStringValue(Invariant(value));
                break;
        }
    }

    private static string Invariant(object value) => value switch
    {
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    // Pipes would end the cell and line breaks the row.
    private static string MarkdownCell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
