using McodeBench.Core.Reports.Breakdowns;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>
/// The columns of a per mCODE element or per entity type export (<see cref="BreakdownTable"/>): counts summed over
/// the run's scored tasks and the P, R and F1 they give (empty when undefined). docs/exports.md lists them.
/// </summary>
public static class BreakdownColumns
{
    public static ExportTable<ReportRow<BreakdownRow>> Elements { get; } = new("element-breakdown", "Per mCODE element", Build(
        "element",
        "The mCODE element (pairs and misses under the gold element, spurious under the predicted one).",
        "The mapping scheme the counts are under (strict, or lenient for the type scheme and for compliance).",
        metric => ExportNames.Of(Figures.MetricCounts.MappingSchemeOf(metric))));

    public static ExportTable<ReportRow<BreakdownRow>> EntityTypes { get; } = new("entity-type-breakdown", "Per entity type", Build(
        "entity_type",
        "The canonical entity type (pairs and misses under the gold type, spurious under the predicted one).",
        "The entity scheme the counts are under.",
        metric => ExportNames.Of(metric.Scheme)));

    private static List<ExportColumn<ReportRow<BreakdownRow>>> Build(string name, string nameDescription, string schemeDescription, Func<Tasks.Runs.RankingMetric, string> schemeOf) =>
    [
        new("run_id", "The run the row belongs to.", r => ExportCell.Of(r.Run.Id)),
        new("view", "all_attempts (a failed task counts as an empty prediction) or successful_only.", r => ExportCell.Of(ExportNames.Of(r.Run.View))),
        new("scheme", schemeDescription, r => ExportCell.Of(schemeOf(r.Run.Ranking))),
        new(name, nameDescription, r => ExportCell.Of(r.Row.Name)),
        new("cor", "Correct.", r => ExportCell.Of(r.Row.Counts.Cor)),
        new("inc", "Incorrect.", r => ExportCell.Of(r.Row.Counts.Inc)),
        new("par", "Partial.", r => ExportCell.Of(r.Row.Counts.Par)),
        new("mis", "Missed.", r => ExportCell.Of(r.Row.Counts.Mis)),
        new("spu", "Spurious.", r => ExportCell.Of(r.Row.Counts.Spu)),
        new("precision", "Precision; empty when undefined (nothing predicted).", r => ExportCell.Of(r.Row.Precision)),
        new("recall", "Recall; empty when undefined (nothing in the gold).", r => ExportCell.Of(r.Row.Recall)),
        new("f1", "F1; empty when undefined.", r => ExportCell.Of(r.Row.F1)),
    ];
}
