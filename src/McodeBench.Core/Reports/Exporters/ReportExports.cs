using McodeBench.Core.Library;
using McodeBench.Core.Reports.Breakdowns;
using McodeBench.Core.Reports.Comparisons;
using McodeBench.Core.Reports.Summaries;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>
/// The export levels that are results tables (<see cref="ExportLevel.Summary"/> to <see cref="ExportLevel.Type"/>):
/// computed from a run's finished tasks in the run's <see cref="ExportedRun.View"/> under its
/// <see cref="ExportedRun.Ranking"/> metric, exactly as the web tracker's Results page shows them, and written by any
/// exporter. The CLI's <c>export --level</c> and the REST API's <c>/export</c> call this one place.
/// </summary>
public static class ReportExports
{
    /// <summary>True for the levels this class writes; the task and combination levels stream from storage instead.</summary>
    public static bool IsTable(ExportLevel level) => level is ExportLevel.Summary or ExportLevel.Model or ExportLevel.Prompt or ExportLevel.Element or ExportLevel.Type;

    /// <summary>Writes the level's table and returns how many rows it has.</summary>
    /// <param name="entries">The run's finished tasks (completed or failed).</param>
    /// <param name="models">Says which models are simulated.</param>
    public static Task<int> ExportAsync(
        IResultsExporter exporter,
        ExportedRun run,
        ExportLevel level,
        IReadOnlyCollection<LeaderboardEntry> entries,
        ModelLibrary models,
        Stream destination,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(models);
        var metric = run.Ranking;
        var view = run.View;
        return level switch
        {
            ExportLevel.Summary => WriteSummary(),
            ExportLevel.Model => Write(ComparisonColumns.Models, ComparisonTable.ByModel(entries, models, metric, view)),
            ExportLevel.Prompt => Write(ComparisonColumns.Prompts, ComparisonTable.ByPrompt(entries, metric, view)),
            ExportLevel.Element => Write(BreakdownColumns.Elements, BreakdownTable.PerElement(entries, Figures.MetricCounts.MappingSchemeOf(metric), view)),
            ExportLevel.Type => Write(BreakdownColumns.EntityTypes, BreakdownTable.PerEntityType(entries, metric.Scheme, view)),
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Task and combination exports stream from storage; they are not results tables."),
        };

        Task<int> WriteSummary()
        {
            var summary = ResultsSummary.From(entries, metric, view);
            return Write(SummaryColumns.Table, SummaryFigures.All.Select(figure => new SummaryLine(figure, summary)));
        }

        Task<int> Write<TRow>(ExportTable<ReportRow<TRow>> table, IEnumerable<TRow> rows) =>
            exporter.ExportTableAsync(run, table, rows.Select(row => new ReportRow<TRow>(run, row)), destination, cancellationToken);
    }
}
