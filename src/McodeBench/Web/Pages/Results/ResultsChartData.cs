using McodeBench.Core.Reports;
using McodeBench.Core.Reports.Breakdowns;
using McodeBench.Core.Reports.Figures;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace McodeBench.Web.Pages.Results;

/// <summary>
/// The traces of the results page's charts. An undefined value is a gap (null), never drawn as 0; simulated models
/// carry "(simulated)" in every label a chart shows.
/// </summary>
public static class ResultsChartData
{
    /// <summary>The metric per combination, with error bars of one standard deviation across repeats (none where undefined).</summary>
    public static Bar ValueByCombination(string name, IReadOnlyList<LeaderboardRow> rows, RankingMetric metric, AggregateView view)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new Bar
        {
            Name = name,
            X = rows.Select(r => (object)ResultsLabels.Combination(r)).ToList(),
            Y = rows.Select(r => (object?)CombinationFigures.Value(r, metric, view)).ToList()!,
            ErrorY = new Plotly.Blazor.Traces.BarLib.ErrorY
            {
                Type = Plotly.Blazor.Traces.BarLib.ErrorYLib.TypeEnum.Data,
                Array = rows.Select(r => (object?)CombinationFigures.RepeatDeviation(r, metric, view)).ToList()!,
                Visible = true,
            },
        };
    }

    /// <summary>One point per combination: billed cost per task (x) against the metric (y).</summary>
    public static Scatter ValueAgainstCost(string name, IReadOnlyList<LeaderboardRow> rows, RankingMetric metric, AggregateView view)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new Scatter
        {
            Name = name,
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            X = rows.Select(r => (object)CombinationFigures.CostPerTask(r)).ToList(),
            Y = rows.Select(r => (object?)CombinationFigures.Value(r, metric, view)).ToList()!,
            TextArray = rows.Select(ResultsLabels.Combination).ToList(),
        };
    }

    public static Bar F1ByName(string name, IReadOnlyList<BreakdownRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new Bar
        {
            Name = name,
            X = rows.Select(r => (object)r.Name).ToList(),
            Y = rows.Select(r => (object?)r.F1).ToList()!,
        };
    }

    /// <summary>Task latencies in seconds (the sum of a task's call times), over tasks that made calls.</summary>
    public static Histogram Latency(string name, IEnumerable<LeaderboardEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new Histogram
        {
            Name = name,
            X = entries.Where(e => e.Usage.Calls > 0).Select(e => (object)e.Usage.Latency.TotalSeconds).ToList(),
        };
    }

    public static IList<ITrace> Of(params ITrace?[] traces) => traces.OfType<ITrace>().ToList();
}
