namespace McodeBench.Core.Statistics.Efficiency;

/// <summary>A combination in the (rank metric ↑, cost per task ↓, p95 latency ↓) space; null coordinates are undefined.</summary>
public sealed record ParetoPoint<TKey>(TKey Key, double? RankValue, double? CostPerTask, double? LatencyP95Ms);
