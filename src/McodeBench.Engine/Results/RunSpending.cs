namespace McodeBench.Engine.Results;

/// <summary>
/// What a run's finished tasks used, to set beside the estimate stored with the run. Output and cost count every
/// answer, billed or replayed from the response cache, because that is what the estimate predicts.
/// </summary>
/// <param name="FinishedTasks">Completed and failed tasks (those that called the model).</param>
/// <param name="BilledCost">Of <paramref name="Cost"/>, what was paid (the rest was answered from the cache).</param>
public sealed record RunSpending(long FinishedTasks, long OutputTokens, decimal Cost, decimal BilledCost)
{
    /// <summary>Actual over estimated, e.g. 1.05 for 5% more than estimated; null when nothing was estimated.</summary>
    public static double? Ratio(decimal actual, decimal estimated) => estimated <= 0m ? null : (double)(actual / estimated);
}
