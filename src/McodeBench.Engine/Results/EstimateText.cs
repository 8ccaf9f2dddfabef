using System.Globalization;
using McodeBench.Core.Tasks.Estimation;

namespace McodeBench.Engine.Results;

/// <summary>A run's estimate and its actual use in one line each, worded the same in <c>runs show</c> and on the run page.</summary>
public static class EstimateText
{
    public static string Estimated(DryRunEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Money(estimate.Cost)} ({Money(estimate.CostLow)}–{Money(estimate.CostHigh)}), {estimate.OutputTokens:#,0} output tokens ({estimate.OutputTokensLow:#,0}–{estimate.OutputTokensHigh:#,0}) for {estimate.Tasks:#,0} tasks");
    }

    /// <summary>What the finished tasks used, and against the estimate's share for that many tasks when there is one.</summary>
    public static string Actual(RunSpending spending, DryRunEstimate? estimate)
    {
        ArgumentNullException.ThrowIfNull(spending);
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{Money(spending.Cost)}, {spending.OutputTokens:#,0} output tokens for {spending.FinishedTasks:#,0} finished tasks");
        if (spending.Cost != spending.BilledCost)
        {
            text += $" ({Money(spending.BilledCost)} billed, the rest answered from the response cache)";
        }

        // A run half done is compared with half its estimate: the estimate is per task on average.
        if (estimate is { Tasks: > 0 } && spending.FinishedTasks > 0
            && RunSpending.Ratio(spending.Cost, estimate.Cost * spending.FinishedTasks / estimate.Tasks) is double ratio)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; {ratio:0.00}× the estimate for that many tasks");
        }

        return text;
    }

    private static string Money(decimal value) => "$" + value.ToString("0.0000", CultureInfo.InvariantCulture);
}
