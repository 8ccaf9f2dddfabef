namespace McodeBench.Core.Pipelines;

/// <summary>
/// Sums over the steps of one pipeline run. Billed figures exclude response-cache hits; would-be figures include them
/// at the price the original call had.
/// </summary>
public sealed record PipelineTotals(
    int Calls,
    int ResponseCacheHits,
    long InputTokens,
    long OutputTokens,
    long BilledInputTokens,
    long BilledOutputTokens,
    long ProviderCachedInputTokens,
    decimal Cost,
    decimal WouldBeCost,
    TimeSpan Latency)
{
    public static PipelineTotals From(IEnumerable<PipelineStepRecord> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var list = steps.ToList();
        var usages = list.Where(s => s.Usage is not null).Select(s => s.Usage!).ToList();
        return new PipelineTotals(
            list.Count,
            usages.Count(u => u.FromResponseCache),
            usages.Sum(u => u.InputTokens),
            usages.Sum(u => u.OutputTokens),
            usages.Sum(u => u.BilledInputTokens),
            usages.Sum(u => u.BilledOutputTokens),
            usages.Sum(u => u.ProviderCachedInputTokens),
            usages.Sum(u => u.BilledCost),
            usages.Sum(u => u.Cost),
            list.Aggregate(TimeSpan.Zero, (total, step) => total + step.Latency));
    }
}
