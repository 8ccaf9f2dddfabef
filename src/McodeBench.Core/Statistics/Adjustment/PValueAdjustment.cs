namespace McodeBench.Core.Statistics.Adjustment;

/// <summary>
/// Multiple-comparison adjustments of a family of p-values, returned in the input order. Null (undefined) p-values
/// stay null and do not count towards the family size m. Adjusted values are monotone in the sorted p-values and
/// capped at 1, as in R's <c>p.adjust</c>.
/// </summary>
public static class PValueAdjustment
{
    /// <summary>
    /// Holm (1979) step-down, controlling the family-wise error rate: with p₍₁₎ ≤ … ≤ p₍ₘ₎,
    /// p̃₍ᵢ₎ = max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎).
    /// </summary>
    public static IReadOnlyList<double?> Holm(IReadOnlyList<double?> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var order = SortedIndexes(pValues);
        var m = order.Length;
        var adjusted = new double?[pValues.Count];
        var running = 0.0;
        for (var rank = 0; rank < m; rank++)
        {
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[order[rank]]!.Value));
            adjusted[order[rank]] = running;
        }

        return adjusted;
    }

    /// <summary>
    /// Benjamini and Hochberg (1995) step-up q-values, controlling the false discovery rate:
    /// q₍ᵢ₎ = min over j ≥ i of min(1, m·p₍ⱼ₎ / j).
    /// </summary>
    public static IReadOnlyList<double?> BenjaminiHochberg(IReadOnlyList<double?> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var order = SortedIndexes(pValues);
        var m = order.Length;
        var adjusted = new double?[pValues.Count];
        var running = 1.0;
        for (var rank = m - 1; rank >= 0; rank--)
        {
            running = Math.Min(running, Math.Min(1, m * pValues[order[rank]]!.Value / (rank + 1)));
            adjusted[order[rank]] = running;
        }

        return adjusted;
    }

    private static int[] SortedIndexes(IReadOnlyList<double?> pValues)
    {
        foreach (var p in pValues)
        {
            if (p is < 0 or > 1 || (p is { } value && double.IsNaN(value)))
            {
                throw new ArgumentOutOfRangeException(nameof(pValues), p, "A p-value must lie between 0 and 1 (or be null when undefined).");
            }
        }

        return Enumerable.Range(0, pValues.Count)
            .Where(i => pValues[i] is not null)
            .OrderBy(i => pValues[i])
            .ThenBy(i => i)
            .ToArray();
    }
}
