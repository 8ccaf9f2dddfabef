using McodeBench.Core.Reports.Exporters;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Web.Api;

namespace McodeBench.Web.Pages.Results;

/// <summary>
/// Addresses of the REST API's export of a run (<c>GET /api/runs/{id}/export</c>), in the metric and view the page
/// shows. The page links to them instead of inlining the files, which kept it small and removed the background
/// refresh that could let an older export overwrite a newer one.
/// </summary>
public static class ResultsExportLinks
{
    public static string For(string runId, ExportLevel level, ExportFormat format, RankingMetric metric, AggregateView view)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentNullException.ThrowIfNull(metric);
        return $"/api/runs/{Uri.EscapeDataString(runId)}/export?level={ExportNames.Of(level)}&format={format.ToString().ToLowerInvariant()}"
            + $"&measure={QueryEnum.WireName(metric.Measure)}&target={QueryEnum.WireName(metric.Target)}&scheme={QueryEnum.WireName(metric.Scheme)}&view={QueryEnum.WireName(view)}";
    }

    /// <summary>What the page's export menu calls a level.</summary>
    public static string Label(ExportLevel level) => level switch
    {
        ExportLevel.Task => "Tasks",
        ExportLevel.Combination => "Combinations",
        ExportLevel.Summary => "Summary",
        ExportLevel.Model => "Model comparison",
        ExportLevel.Prompt => "Prompt comparison",
        ExportLevel.Element => "Per mCODE element",
        _ => "Per entity type",
    };
}
