using System.Globalization;
using McodeBench.Core.Reports;
using McodeBench.Core.Reports.Figures;
using McodeBench.Core.Reports.Summaries;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Web.Formatting;

namespace McodeBench.Web.Pages.Results;

/// <summary>How the results page names combinations, metrics and views; simulated models always say so.</summary>
public static class ResultsLabels
{
    public const string SimulatedSuffix = " (simulated)";

    public static string Combination(LeaderboardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"{row.Prompts} · {Model(row.Model, row.Simulated)}";
    }

    /// <summary>
    /// A combination as a chart's category label: prompts and model on their own lines (Plotly breaks at &lt;br&gt;), so
    /// a long name is read in full on a phone instead of being cut or overlapping its neighbours.
    /// </summary>
    public static string ChartCategory(LeaderboardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"{row.Prompts.Replace(" → ", " →<br>", StringComparison.Ordinal)}<br>{Model(row.Model, row.Simulated)}";
    }

    public static string Model(string key, bool simulated) => simulated ? key + SimulatedSuffix : key;

    public static string Metric(RankingMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric.Measure == RankingMeasure.Compliance)
        {
            return "mapping compliance";
        }

        var scheme = metric.Target == RankingTarget.Entity
            ? metric.Scheme.ToString().ToLowerInvariant()
            : MetricCounts.MappingSchemeOf(metric).ToString().ToLowerInvariant();
        return $"{metric.Target.ToString().ToLowerInvariant()} {Measure(metric.Measure)} ({scheme})";
    }

    public static string Measure(RankingMeasure measure) => measure switch
    {
        RankingMeasure.F1 => "F1",
        RankingMeasure.Precision => "precision",
        RankingMeasure.Recall => "recall",
        _ => "compliance",
    };

    public static string View(AggregateView view) => view == AggregateView.AllAttempts ? "all attempts (failed tasks count as empty predictions)" : "successful tasks only";

    /// <summary>A summary figure as the page writes it, by its kind; "—" when undefined.</summary>
    public static string Figure(SummaryFigure figure, ResultsSummary summary)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var value = figure.Value(summary);
        return figure.Kind switch
        {
            SummaryFigureKind.Count => value is null ? DisplayText.Undefined : DisplayText.Count(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
            SummaryFigureKind.Rate => DisplayText.Percent((double?)value),
            SummaryFigureKind.Score => DisplayText.Score((double?)value),
            SummaryFigureKind.Money => value is decimal money ? DisplayText.Money(money) : DisplayText.Undefined,
            _ => Milliseconds((double?)value),
        };
    }

    public static string Milliseconds(double? milliseconds) =>
        milliseconds is double ms ? DisplayText.Duration(TimeSpan.FromMilliseconds(ms)) : DisplayText.Undefined;

    public static string Number(double? value, string format) =>
        value is double v ? v.ToString(format, CultureInfo.InvariantCulture) : DisplayText.Undefined;
}
