namespace McodeBench.Core.Scoring;

/// <summary>
/// One-to-one alignment that prefers match classes in strict order: it maximises the number of pairs of the best
/// class, then (among those matchings) of the next class, and so on. Done as one maximum-weight matching whose weights
/// grow geometrically with the class (class k weighs B^(k-1), B = smallest side + 1), so one pair of a better class
/// outweighs any number of pairs of worse classes. Class 0 means "cannot pair".
/// </summary>
public static class PreferenceMatching
{
    /// <summary>The aligned (row, column, class) triples, class &gt; 0, in row order.</summary>
    public static IReadOnlyList<(int Row, int Column, int Class)> Solve(int rows, int columns, int classCount, Func<int, int, int> classOf)
    {
        ArgumentNullException.ThrowIfNull(classOf);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        if (rows == 0 || columns == 0)
        {
            return [];
        }

        var weightOfClass = ClassWeights(Math.Min(rows, columns), Math.Max(rows, columns), classCount);
        var classes = new int[rows, columns];
        var weights = new long[rows, columns];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var matchClass = classOf(row, column);
                if (matchClass < 0 || matchClass > classCount)
                {
                    throw new ArgumentOutOfRangeException(nameof(classOf), matchClass, $"Match classes run from 0 to {classCount}.");
                }

                classes[row, column] = matchClass;
                weights[row, column] = weightOfClass[matchClass];
            }
        }

        var assignment = HungarianAlgorithm.MaximumWeightAssignment(weights);
        var pairs = new List<(int Row, int Column, int Class)>();
        for (var row = 0; row < rows; row++)
        {
            if (assignment[row] >= 0 && classes[row, assignment[row]] > 0)
            {
                pairs.Add((row, assignment[row], classes[row, assignment[row]]));
            }
        }

        return pairs;
    }

    private static long[] ClassWeights(int smallerSide, int largerSide, int classCount)
    {
        var weights = new long[classCount + 1];
        long basis = smallerSide + 1;
        try
        {
            weights[1] = 1;
            for (var matchClass = 2; matchClass <= classCount; matchClass++)
            {
                weights[matchClass] = checked(weights[matchClass - 1] * basis);
            }

            // The algorithm's potentials stay within (larger side + 1) × the largest weight; keep a wide margin.
            _ = checked(weights[classCount] * (largerSide + 1) * 4);
        }
        catch (OverflowException)
        {
            throw new InvalidOperationException(
                $"Cannot align {smallerSide} × {largerSide} items with {classCount} preference classes in 64-bit weights; split the input (e.g. per section).");
        }

        return weights;
    }
}
