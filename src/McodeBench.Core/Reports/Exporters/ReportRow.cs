namespace McodeBench.Core.Reports.Exporters;

/// <summary>One row of a results table as exported, with the run it belongs to (so exports of several runs can be stacked).</summary>
public sealed record ReportRow<TRow>(ExportedRun Run, TRow Row);
