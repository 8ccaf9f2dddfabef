using McodeBench.Core.Reports;
using McodeBench.Core.Reports.Breakdowns;
using McodeBench.Core.Reports.Figures;
using McodeBench.Core.Scoring;
using McodeBench.Core.Statistics.Intervals;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Web.Formatting;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace McodeBench.Web.Pages.Results;

/// <summary>
/// The traces of the results page's charts (drawn by Plotly from the package's own script: nothing from a CDN). An undefined value is a gap (null), never drawn as 0; simulated models
/// carry "(simulated)" in every label a chart shows.
/// </summary>
public static class ResultsChartData
{
    /// <summary>
    /// The metric per combination as horizontal bars (long combination names read along the category axis instead of
    /// being cut or overlapping), with whiskers of the 95% cluster-bootstrap interval from the rows' statistics (none
    /// where the interval is undefined). The rows' statistics must be of the same view as the bars (the page builds them so).
    /// </summary>
    public static Bar ValueByCombination(string name, IReadOnlyList<LeaderboardRow> rows, RankingMetric metric, AggregateView view)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var values = rows.Select(r => CombinationFigures.Value(r, metric, view)).ToList();
        return new Bar
        {
            Name = name,
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            Y = rows.Select(r => (object)ResultsLabels.ChartCategory(r)).ToList(),
            X = values.Select(v => (object?)v).ToList()!,
            HoverTextArray = rows.Select((r, i) => $"{ResultsLabels.Combination(r)}: {StatisticsText.ScoreWithInterval(values[i], r.RankValueCi95)}").ToList(),
            HoverInfo = Plotly.Blazor.Traces.BarLib.HoverInfoFlag.Text,
            ErrorX = new Plotly.Blazor.Traces.BarLib.ErrorX
            {
                Type = Plotly.Blazor.Traces.BarLib.ErrorXLib.TypeEnum.Data,
                Symmetric = false,
                Array = rows.Select((r, i) => (object?)Above(values[i], r.RankValueCi95)).ToList()!,
                ArrayMinus = rows.Select((r, i) => (object?)Below(values[i], r.RankValueCi95)).ToList()!,
                Visible = true,
                Thickness = 1.5m,
                Width = 6,
            },
        };
    }

    /// <summary>
    /// One trace per combination (so the legend names every point): billed cost per task (x) against the metric (y),
    /// the point labelled with its rank, whiskers of the 95% intervals of both, and a star where the combination is
    /// Pareto-optimal over (metric, cost per task, p95 latency).
    /// </summary>
    public static IEnumerable<ITrace> ValueAgainstCost(string name, IReadOnlyList<LeaderboardRow> rows, RankingMetric metric, AggregateView view)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            var value = CombinationFigures.Value(row, metric, view);
            var cost = (double)CombinationFigures.CostPerTask(row);
            var costInterval = row.Intervals?.GetValueOrDefault(StatisticFigure.CostPerTask)?.Interval;
            var pareto = row.ParetoOptimal == true;
            yield return new Scatter
            {
                Name = $"{row.Rank}. {ResultsLabels.Combination(row)}{(pareto ? " ★ Pareto" : string.Empty)}",
                LegendGroup = name,
                LegendGroupTitle = new Plotly.Blazor.Traces.ScatterLib.LegendGroupTitle { Text = name },
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Text,
                X = [cost],
                Y = [(object?)value!],
                TextArray = [row.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                TextPosition = Plotly.Blazor.Traces.ScatterLib.TextPositionEnum.TopRight,
                HoverTextArray = [FormattableString.Invariant($"{ResultsLabels.Combination(row)}: {StatisticsText.ScoreWithInterval(value, row.RankValueCi95)} at {StatisticsText.Money(CombinationFigures.CostPerTask(row))} per task{(pareto ? ", Pareto-optimal" : string.Empty)}")],
                HoverInfo = Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Text,
                Marker = new Plotly.Blazor.Traces.ScatterLib.Marker
                {
                    Size = pareto ? 16 : 10,
                    Symbol = pareto ? Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Star : Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Circle,
                },
                ErrorY = new Plotly.Blazor.Traces.ScatterLib.ErrorY
                {
                    Type = Plotly.Blazor.Traces.ScatterLib.ErrorYLib.TypeEnum.Data,
                    Symmetric = false,
                    Array = [(object?)Above(value, row.RankValueCi95)!],
                    ArrayMinus = [(object?)Below(value, row.RankValueCi95)!],
                    Visible = row.RankValueCi95 is not null,
                    Thickness = 1.5m,
                    Width = 4,
                },
                ErrorX = new Plotly.Blazor.Traces.ScatterLib.ErrorX
                {
                    Type = Plotly.Blazor.Traces.ScatterLib.ErrorXLib.TypeEnum.Data,
                    Symmetric = false,
                    Array = [(object?)Above(cost, costInterval)!],
                    ArrayMinus = [(object?)Below(cost, costInterval)!],
                    Visible = costInterval is not null,
                    Thickness = 1m,
                    Width = 3,
                },
            };
        }
    }

    // Whisker lengths from the point to each end of its interval; null (no whisker) when either is undefined.
    private static double? Above(double? point, ConfidenceInterval? interval) =>
        point is double p && interval is not null ? Math.Max(0, interval.Upper - p) : null;

    private static double? Below(double? point, ConfidenceInterval? interval) =>
        point is double p && interval is not null ? Math.Max(0, p - interval.Lower) : null;

    /// <summary>F1 per element or type as horizontal bars, so long names are read in full.</summary>
    public static Bar F1ByName(string name, IReadOnlyList<BreakdownRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new Bar
        {
            Name = name,
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            Y = rows.Select(r => (object)r.Name).ToList(),
            X = rows.Select(r => (object?)r.F1).ToList()!,
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

    public static IList<ITrace> OfGroups(params IEnumerable<ITrace>?[] traces) => traces.OfType<IEnumerable<ITrace>>().SelectMany(t => t).ToList();
}
