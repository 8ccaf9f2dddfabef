namespace McodeBench.Core.Reports.Exporters;

/// <summary>
/// A table a level of export writes: <paramref name="Name"/> names the JSON document (<c>mcodebench-NAME</c>) and the
/// downloaded file, in kebab-case; <paramref name="Title"/> heads the Markdown report; the columns are the same in every format.
/// </summary>
public sealed record ExportTable<TRow>(string Name, string Title, IReadOnlyList<ExportColumn<TRow>> Columns);
