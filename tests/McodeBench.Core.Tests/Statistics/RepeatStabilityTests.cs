using McodeBench.Core.Mcode;
using McodeBench.Core.Statistics.Stability;

namespace McodeBench.Core.Tests.Statistics;

public sealed class RepeatStabilityTests
{
    /// <summary>
    /// T1 repeat 0 predicts {biomarker [0,5), medication [10,15)}, repeat 1 {biomarker [0,5), stage [20,25)}: Jaccard
    /// 1/3 (one shared of three distinct), two of three entities flip. T2 predicts nothing twice: the pair has no Jaccard
    /// (0/0) and is counted apart. T3 has one repeat and is not compared. Mappings: T1 says Foo = "breast cancer" in both
    /// repeats (once as "Breast  Cancer", which normalises to the same) and Bar = "x" in repeat 0 only: Jaccard 1/2, and
    /// per element Foo flips 0 of 1, Bar 1 of 1.
    /// </summary>
    [Fact]
    public void Jaccard_and_flip_shares_on_a_hand_example()
    {
        var entries = new[]
        {
            StatisticsEntries.Entry("m", "T1", 0, (0, 0, 0, 0, 2),
                entityRows: [StatisticsEntries.PredictedEntity("biomarker", 0, 5), StatisticsEntries.PredictedEntity("medication", 10, 15)],
                mappingRows: [StatisticsEntries.PredictedMapping("Foo", "breast cancer"), StatisticsEntries.PredictedMapping("Bar", "x")]),
            StatisticsEntries.Entry("m", "T1", 1, (0, 0, 0, 0, 2),
                entityRows: [StatisticsEntries.PredictedEntity("biomarker", 0, 5), StatisticsEntries.PredictedEntity("stage", 20, 25)],
                mappingRows: [StatisticsEntries.PredictedMapping("Foo", "Breast  Cancer")]),
            StatisticsEntries.Entry("m", "T2", 0, (0, 0, 0, 1, 0)),
            StatisticsEntries.Entry("m", "T2", 1, (0, 0, 0, 1, 0)),
            StatisticsEntries.Entry("m", "T3", 0, (0, 0, 0, 0, 1), entityRows: [StatisticsEntries.PredictedEntity("biomarker", 0, 5)]),
        };

        var stability = RepeatStabilityAnalysis.Of(entries, EntityTypeAliases.Table, McodeVocabularyLoader.Default);

        Assert.NotNull(stability);
        Assert.Equal(2, stability.TrialsWithRepeats);
        Assert.Equal(2, stability.RepeatPairs);
        Assert.Equal(1.0 / 3, stability.EntityJaccard!.Value, 12);
        Assert.Equal(1, stability.EmptyEntityPairs);
        Assert.Equal(2.0 / 3, stability.EntityFlipShare!.Value, 12);
        Assert.Equal(0.5, stability.MappingJaccard!.Value, 12);
        Assert.Equal(1, stability.EmptyMappingPairs);
        Assert.Equal(0.5, stability.MappingFlipShare!.Value, 12);
        Assert.Equal(0.0, stability.MappingFlipShareByElement["Foo"]);
        Assert.Equal(1.0, stability.MappingFlipShareByElement["Bar"]);
    }

    [Fact]
    public void Jaccard_of_two_empty_sets_is_undefined()
    {
        Assert.Null(RepeatStabilityAnalysis.Jaccard(new HashSet<int>(), new HashSet<int>()));
        Assert.Equal(0.0, RepeatStabilityAnalysis.Jaccard(new HashSet<int>(), new HashSet<int> { 1 }));
    }
}
