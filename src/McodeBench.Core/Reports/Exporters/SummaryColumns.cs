using McodeBench.Core.Reports.Summaries;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>
/// The columns of a summary export: one row per <see cref="SummaryFigures"/> line, in order, with its value (empty
/// when undefined). docs/exports.md lists them.
/// </summary>
public static class SummaryColumns
{
    public static ExportTable<ReportRow<SummaryLine>> Table { get; } = new(
        "summary",
        "Summary",
        [
            new("run_id", "The run the figure belongs to.", r => ExportCell.Of(r.Run.Id)),
            new("view", "all_attempts (a failed task counts as an empty prediction) or successful_only.", r => ExportCell.Of(ExportNames.Of(r.Run.View))),
            new("counts", "The counts P, R and F1 are read from, e.g. entity_type or mapping_lenient.", r => ExportCell.Of(ExportNames.CountsOf(r.Run.Ranking))),
            new("figure", "The figure's key, e.g. f1_mean or cost_usd.", r => ExportCell.Of(r.Row.Figure.Key)),
            new("name", "The figure as the results page names it.", r => ExportCell.Of(r.Row.Figure.Name)),
            new("value", "Its value: a count, a rate or score from 0 to 1, US dollars or milliseconds; empty when undefined.", r => ValueCell(r.Row.Figure.Value(r.Row.Summary))),
        ]);

    private static ExportCell ValueCell(object? value) => value switch
    {
        null => ExportCell.Empty,
        int i => ExportCell.Of(i),
        long l => ExportCell.Of(l),
        decimal m => ExportCell.Of(m),
        double d => ExportCell.Of(d),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "A summary figure is a number or null."),
    };
}
