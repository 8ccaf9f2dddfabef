namespace McodeBench.Web.Pages.Results;

/// <summary>The formats the results page exports what it shows in.</summary>
public enum ScreenExportFormat
{
    Csv,
    Json,
    Markdown,
}
