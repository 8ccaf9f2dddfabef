using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Web.Formatting;

/// <summary>A ranking metric in words: "Entity F1 (type)", "Mapping precision (lenient)", "Compliance".</summary>
public static class RankingText
{
    public static string Describe(RankingMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric.Measure == RankingMeasure.Compliance)
        {
            return "Compliance";
        }

        var measure = metric.Measure == RankingMeasure.F1 ? "F1" : metric.Measure.ToString().ToLowerInvariant();
        var scheme = metric.Target == RankingTarget.Mapping
            ? metric.Scheme == EntityScheme.Strict ? "strict" : "lenient"
            : metric.Scheme.ToString().ToLowerInvariant();
        return $"{metric.Target} {measure} ({scheme})";
    }
}
