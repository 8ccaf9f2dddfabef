namespace McodeBench.Web.Pages.Results;

/// <summary>
/// A table as the page shows it (after filters and sorting), for export. Cells are strings, numbers (int, long,
/// double, decimal) or null for an undefined figure; they are formatted by the export, in invariant culture.
/// </summary>
public sealed record ScreenTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
