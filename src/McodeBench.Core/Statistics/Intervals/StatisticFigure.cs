namespace McodeBench.Core.Statistics.Intervals;

/// <summary>
/// Every leaderboard figure the statistics layer gives an interval for. Entity figures come in the order of
/// <c>EntityScheme</c> (strict, exact, partial, type), each as precision, recall, F1; mapping figures likewise for strict
/// and lenient. Latency p95 has no interval (a resampled quantile of 3,000 latencies per resample is not cheap enough).
/// </summary>
public enum StatisticFigure
{
    EntityStrictPrecision,
    EntityStrictRecall,
    EntityStrictF1,
    EntityExactPrecision,
    EntityExactRecall,
    EntityExactF1,
    EntityPartialPrecision,
    EntityPartialRecall,
    EntityPartialF1,
    EntityTypePrecision,
    EntityTypeRecall,
    EntityTypeF1,
    MappingStrictPrecision,
    MappingStrictRecall,
    MappingStrictF1,
    MappingLenientPrecision,
    MappingLenientRecall,
    MappingLenientF1,
    Compliance,

    /// <summary>Billed US dollars per attempted task.</summary>
    CostPerTask,

    /// <summary>What response-cache hits would have cost, US dollars per attempted task.</summary>
    WouldBeCostPerTask,

    /// <summary>Mean of the tasks' summed model-call wall times, milliseconds.</summary>
    LatencyMeanMs,
}
