namespace McodeBench.Core.Reports.Exporters;

/// <summary>The exporter of each format, for callers that let the user choose one (the CLI's <c>--format</c>, the web's download menu).</summary>
public static class ResultsExporters
{
    public static IReadOnlyList<ExportFormat> Formats { get; } = Enum.GetValues<ExportFormat>();

    /// <param name="byteOrderMark">CSV only: start the file with a UTF-8 byte order mark (for Excel).</param>
    public static IResultsExporter For(ExportFormat format, bool byteOrderMark = false) => format switch
    {
        ExportFormat.Csv => new CsvResultsExporter(byteOrderMark),
        ExportFormat.Json => new JsonResultsExporter(),
        ExportFormat.Markdown => new MarkdownResultsExporter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };
}
