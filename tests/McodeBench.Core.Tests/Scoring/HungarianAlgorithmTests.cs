using McodeBench.Core.Scoring;

namespace McodeBench.Core.Tests.Scoring;

public sealed class HungarianAlgorithmTests
{
    [Fact]
    public void Finds_the_maximum_total_weight_of_brute_force_on_random_rectangular_matrices()
    {
        var random = new Random(424242);
        for (var trial = 0; trial < 400; trial++)
        {
            var rows = random.Next(1, 7);
            var columns = random.Next(1, 7);
            var weights = new long[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    weights[r, c] = random.Next(0, 4) == 0 ? 0 : random.Next(-5, 50);
                }
            }

            var assignment = HungarianAlgorithm.MaximumWeightAssignment(weights);

            Assert.Equal(rows, assignment.Length);
            var used = assignment.Where(c => c >= 0).ToList();
            Assert.Equal(Math.Min(rows, columns), used.Count);
            Assert.Equal(used.Count, used.Distinct().Count());
            var total = assignment.Select((c, r) => c >= 0 ? weights[r, c] : 0).Sum();
            Assert.Equal(BruteForceMaximum(weights), total);
        }
    }

    [Fact]
    public void Empty_matrices_assign_nothing()
    {
        Assert.Empty(HungarianAlgorithm.MaximumWeightAssignment(new long[0, 3]));
        Assert.Equal([-1, -1], HungarianAlgorithm.MaximumWeightAssignment(new long[2, 0]));
    }

    [Fact]
    public void Preference_matching_maximises_the_best_class_first_then_the_next()
    {
        var random = new Random(99);
        for (var trial = 0; trial < 400; trial++)
        {
            var rows = random.Next(0, 6);
            var columns = random.Next(0, 6);
            var classes = new int[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    classes[r, c] = random.Next(0, 5);
                }
            }

            var pairs = PreferenceMatching.Solve(rows, columns, 4, (r, c) => classes[r, c]);

            Assert.Equal(pairs.Count, pairs.Select(p => p.Column).Distinct().Count());
            Assert.All(pairs, p => Assert.Equal(classes[p.Row, p.Column], p.Class));
            Assert.Equal(BruteForceBestProfile(classes), Profile(pairs.Select(p => p.Class)));
        }
    }

    [Fact]
    public void One_better_pair_outweighs_several_worse_ones()
    {
        // Row 0 fits column 0 exactly (class 4); pairing row 0–column 1 and row 1–column 0 would give two class-1 pairs.
        int[,] classes = { { 4, 1 }, { 1, 0 } };

        var pairs = PreferenceMatching.Solve(2, 2, 4, (r, c) => classes[r, c]);

        Assert.Equal([(0, 0, 4)], pairs);
    }

    [Fact]
    public void Hundreds_of_items_align_quickly_and_keep_every_exact_pair()
    {
        // 300 × 300 with the diagonal exact and many overlaps around it: every row must get its diagonal column.
        const int size = 300;
        var pairs = PreferenceMatching.Solve(size, size, 4, (r, c) => r == c ? 4 : Math.Abs(r - c) < 4 ? 1 : 0);

        Assert.Equal(size, pairs.Count);
        Assert.All(pairs, p => Assert.Equal(p.Row, p.Column));
    }

    private static long BruteForceMaximum(long[,] weights)
    {
        var rows = weights.GetLength(0);
        var columns = weights.GetLength(1);
        var best = long.MinValue;
        foreach (var assignment in FullAssignments(rows, columns))
        {
            best = Math.Max(best, assignment.Select((c, r) => c >= 0 ? weights[r, c] : 0).Sum());
        }

        return best;
    }

    /// <summary>Every assignment that matches min(rows, columns) pairs, as row → column (-1 = left out).</summary>
    private static IEnumerable<int[]> FullAssignments(int rows, int columns)
    {
        var size = Math.Min(rows, columns);
        return Partial(0, new int[rows], new bool[columns]).Where(a => a.Count(c => c >= 0) == size);

        IEnumerable<int[]> Partial(int row, int[] current, bool[] used)
        {
            if (row == rows)
            {
                yield return (int[])current.Clone();
                yield break;
            }

            current[row] = -1;
            foreach (var done in Partial(row + 1, current, used))
            {
                yield return done;
            }

            for (var c = 0; c < columns; c++)
            {
                if (!used[c])
                {
                    used[c] = true;
                    current[row] = c;
                    foreach (var done in Partial(row + 1, current, used))
                    {
                        yield return done;
                    }

                    used[c] = false;
                }
            }
        }
    }

    private static string BruteForceBestProfile(int[,] classes)
    {
        var rows = classes.GetLength(0);
        var columns = classes.GetLength(1);
        return FullAssignments(rows, columns)
            .Append(Enumerable.Repeat(-1, rows).ToArray())
            .Select(a => Profile(a.Select((c, r) => c >= 0 ? classes[r, c] : 0)))
            .Max(StringComparer.Ordinal)!;
    }

    /// <summary>Pair counts per class, best class first, as a string that sorts lexicographically like the preference.</summary>
    private static string Profile(IEnumerable<int> pairClasses)
    {
        var list = pairClasses.Where(c => c > 0).ToList();
        return string.Join("|", Enumerable.Range(1, 4).Reverse().Select(k => list.Count(c => c == k).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
