namespace McodeBench.Core.Scoring;

/// <summary>
/// Kuhn–Munkres (Hungarian) algorithm with potentials, O(n²·m) for an n × m matrix, n ≤ m (the other shape is
/// transposed). Finds an assignment of rows to distinct columns with the largest total weight. Deterministic: the
/// same matrix always gives the same assignment.
/// </summary>
public static class HungarianAlgorithm
{
    /// <summary>
    /// For each row, the column it is assigned to, or -1 when the matrix has more rows than columns and the row is
    /// left out. Every row (or every column, when rows outnumber columns) is assigned; callers that need a partial
    /// matching give "cannot pair" the weight 0 and drop such pairs.
    /// </summary>
    public static int[] MaximumWeightAssignment(long[,] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var rows = weights.GetLength(0);
        var columns = weights.GetLength(1);
        if (rows == 0 || columns == 0)
        {
            return Enumerable.Repeat(-1, rows).ToArray();
        }

        if (rows <= columns)
        {
            return MinimumCostAssignment(rows, columns, (r, c) => -weights[r, c]);
        }

        var columnToRow = MinimumCostAssignment(columns, rows, (r, c) => -weights[c, r]);
        var rowToColumn = Enumerable.Repeat(-1, rows).ToArray();
        for (var column = 0; column < columns; column++)
        {
            rowToColumn[columnToRow[column]] = column;
        }

        return rowToColumn;
    }

    /// <summary>The classic shortest-augmenting-path formulation (1-based internally; index 0 is the virtual column).</summary>
    private static int[] MinimumCostAssignment(int n, int m, Func<int, int, long> cost)
    {
        var u = new long[n + 1];
        var v = new long[m + 1];
        var rowOfColumn = new int[m + 1];
        var way = new int[m + 1];
        for (var row = 1; row <= n; row++)
        {
            rowOfColumn[0] = row;
            var column0 = 0;
            var minimum = Enumerable.Repeat(long.MaxValue, m + 1).ToArray();
            var used = new bool[m + 1];
            do
            {
                used[column0] = true;
                var row0 = rowOfColumn[column0];
                var delta = long.MaxValue;
                var column1 = 0;
                for (var column = 1; column <= m; column++)
                {
                    if (used[column])
                    {
                        continue;
                    }

                    var reduced = cost(row0 - 1, column - 1) - u[row0] - v[column];
                    if (reduced < minimum[column])
                    {
                        minimum[column] = reduced;
                        way[column] = column0;
                    }

                    if (minimum[column] < delta)
                    {
                        delta = minimum[column];
                        column1 = column;
                    }
                }

                for (var column = 0; column <= m; column++)
                {
                    if (used[column])
                    {
                        u[rowOfColumn[column]] += delta;
                        v[column] -= delta;
                    }
                    else
                    {
                        minimum[column] -= delta;
                    }
                }

                column0 = column1;
            }
            while (rowOfColumn[column0] != 0);

            do
            {
                var column1 = way[column0];
                rowOfColumn[column0] = rowOfColumn[column1];
                column0 = column1;
            }
            while (column0 != 0);
        }

        var assignment = new int[n];
        for (var column = 1; column <= m; column++)
        {
            if (rowOfColumn[column] != 0)
            {
                assignment[rowOfColumn[column] - 1] = column - 1;
            }
        }

        return assignment;
    }
}
