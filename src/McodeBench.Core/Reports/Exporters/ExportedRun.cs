using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>The run an export comes from, written where a format has room for it (JSON header, Markdown title, a CSV column).</summary>
/// <param name="Ranking">The metric the run ranks its combinations by (the combinations' <c>rank_value</c>), and whose counts the model, prompt, element and type levels read.</param>
/// <param name="ExportedUtc">When the export was made, so a file says how fresh its figures are.</param>
public sealed record ExportedRun(string Id, string Name, RankingMetric Ranking, DateTime ExportedUtc)
{
    /// <summary>How failed tasks enter the summary, model, prompt, element and type levels (task and combination exports carry both views).</summary>
    public AggregateView View { get; init; } = AggregateView.AllAttempts;
}
