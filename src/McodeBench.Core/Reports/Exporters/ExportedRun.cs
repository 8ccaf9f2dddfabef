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

    /// <summary>
    /// SHA-256 of the gold the run's scores were computed against (<c>Core.Provenance.ScoringDigests</c>): written in
    /// the JSON header, the Markdown title and the combinations CSV, so figures from different gold are never mixed
    /// unknowingly. Null when the run predates digests.
    /// </summary>
    public string? GoldDigest { get; init; }

    /// <summary>SHA-256 of the trial texts the predictions were anchored in; null when not recorded.</summary>
    public string? TrialTextDigest { get; init; }
}
