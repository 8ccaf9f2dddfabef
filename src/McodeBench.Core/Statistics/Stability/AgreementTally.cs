namespace McodeBench.Core.Statistics.Stability;

/// <summary>Running sums behind one agreement figure: pairwise Jaccard and the flip share over trials.</summary>
internal sealed class AgreementTally
{
    private double jaccardSum;
    private int jaccardPairs;
    private int flipped;
    private int distinct;

    public int EmptyPairs { get; private set; }

    public double? MeanJaccard => jaccardPairs == 0 ? null : jaccardSum / jaccardPairs;

    public double? FlipShare => distinct == 0 ? null : (double)flipped / distinct;

    public void AddTrial<T>(IReadOnlyList<HashSet<T>> repeats)
    {
        for (var i = 0; i < repeats.Count; i++)
        {
            for (var j = i + 1; j < repeats.Count; j++)
            {
                if (RepeatStabilityAnalysis.Jaccard(repeats[i], repeats[j]) is { } jaccard)
                {
                    jaccardSum += jaccard;
                    jaccardPairs++;
                }
                else
                {
                    EmptyPairs++;
                }
            }
        }

        AddFlipsOnly(repeats);
    }

    /// <summary>An item flips when some repeats of the trial predicted it and others did not.</summary>
    public void AddFlipsOnly<T>(IReadOnlyList<HashSet<T>> repeats)
    {
        var union = repeats.SelectMany(set => set).ToHashSet();
        distinct += union.Count;
        flipped += union.Count(item => !repeats.All(set => set.Contains(item)));
    }
}
