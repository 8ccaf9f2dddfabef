namespace McodeBench.Core.Reports.Exporters;

/// <summary>One column of an export: its name (snake_case, the same in CSV and JSON), what it means, and its value.</summary>
/// <param name="Description">One line for docs/exports.md and tooltips.</param>
public sealed record ExportColumn<TRow>(string Name, string Description, Func<TRow, ExportCell> Value);
