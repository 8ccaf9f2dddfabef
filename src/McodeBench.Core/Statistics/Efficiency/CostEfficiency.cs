namespace McodeBench.Core.Statistics.Efficiency;

/// <summary>
/// What a combination's correct output cost. Null is undefined ("—"): no correct entity, or nothing billed.
/// </summary>
/// <param name="CostPerCorrectEntity">Billed US dollars ÷ COR entities under the ranking metric's entity scheme.</param>
/// <param name="WouldBeCostPerCorrectEntity">The response-cache hits' would-be cost ÷ the same COR count.</param>
/// <param name="RankValuePerDollar">The rank metric (e.g. F1) ÷ billed cost per task: "F1 per dollar" of one task; null when the cost is 0.</param>
public sealed record CostEfficiency(decimal? CostPerCorrectEntity, decimal? WouldBeCostPerCorrectEntity, double? RankValuePerDollar)
{
    public static CostEfficiency Of(decimal cost, decimal wouldBeCost, int correctEntities, int tasks, double? rankValue)
    {
        decimal? perTask = tasks == 0 ? null : cost / tasks;
        return new CostEfficiency(
            correctEntities == 0 ? null : cost / correctEntities,
            correctEntities == 0 ? null : wouldBeCost / correctEntities,
            rankValue is { } value && perTask is { } dollars && dollars > 0 ? value / (double)dollars : null);
    }
}
