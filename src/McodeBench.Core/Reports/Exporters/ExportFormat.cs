namespace McodeBench.Core.Reports.Exporters;

public enum ExportFormat
{
    Csv,
    Json,
    Markdown,
}
