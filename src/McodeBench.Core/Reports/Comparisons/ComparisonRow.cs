namespace McodeBench.Core.Reports.Comparisons;

/// <summary>
/// One model (or prompt) of a run across everything else it was combined with: micro P, R and F1 under the page's
/// metric (counts summed over its scored tasks), compliance, failures, money and latency. Null is undefined ("—").
/// </summary>
/// <param name="Simulated">The model is simulated (model rows only); shown as "simulated" beside the key.</param>
public sealed record ComparisonRow(
    string Key,
    bool Simulated,
    int Tasks,
    int FailedTasks,
    double? FailureRate,
    double? Precision,
    double? Recall,
    double? F1,
    double? Compliance,
    decimal Cost,
    double? LatencyP50Ms);
