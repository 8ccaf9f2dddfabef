using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Reports.Breakdowns;

/// <summary>
/// Per entity type and per mCODE element figures of a run, from the score reports' own breakdowns (pairs and misses
/// count under the gold type or element, spurious predictions under the predicted one; SCORING.md).
/// </summary>
public static class BreakdownTable
{
    public static IReadOnlyList<BreakdownRow> PerEntityType(IEnumerable<LeaderboardEntry> entries, EntityScheme scheme, AggregateView view) =>
        Sum(Scored(entries, view).SelectMany(r => r.PerEntityType.Select(p => (p.Key, p.Value.Get(scheme)))));

    public static IReadOnlyList<BreakdownRow> PerElement(IEnumerable<LeaderboardEntry> entries, MappingScheme scheme, AggregateView view) =>
        Sum(Scored(entries, view).SelectMany(r => r.PerElement.Select(p => (p.Key, p.Value.Get(scheme)))));

    private static IEnumerable<ScoreReport> Scored(IEnumerable<LeaderboardEntry> entries, AggregateView view)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Where(e => e.Score is not null && (view == AggregateView.AllAttempts || e.Failure is null)).Select(e => e.Score!.Report);
    }

    private static List<BreakdownRow> Sum(IEnumerable<(string Name, OutcomeCounts Counts)> items) =>
        items.GroupBy(i => i.Name, StringComparer.Ordinal)
            .Select(g => new BreakdownRow(g.Key, g.Aggregate(OutcomeCounts.Zero, (sum, i) => sum.Add(i.Counts))))
            .OrderBy(row => row.Name, StringComparer.Ordinal)
            .ToList();
}
