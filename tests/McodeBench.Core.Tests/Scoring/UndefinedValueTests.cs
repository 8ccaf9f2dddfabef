using McodeBench.Core.Annotations;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Tests.Scoring;

/// <summary>P undefined when ACT = 0, R when POS = 0; F1 undefined when both, 0 when one is, 0 when P + R = 0.</summary>
public sealed class UndefinedValueTests
{
    [Fact]
    public void No_gold_leaves_recall_undefined_and_F1_zero()
    {
        var report = Scorer.Score(WorkedCheck.Sections, WorkedCheck.Gold([]), WorkedCheck.Prediction(), TestVocabulary.Options());

        foreach (var scheme in Enum.GetValues<EntityScheme>())
        {
            var counts = report.Entities.Get(scheme);
            Assert.Equal(4, counts.Spu);
            Assert.Equal(0, counts.Pos);
            Assert.Equal(0.0, counts.Precision);
            Assert.Null(counts.Recall);
            Assert.Equal(0.0, counts.F1);
        }
    }

    [Fact]
    public void No_predictions_leave_precision_undefined_and_F1_zero()
    {
        var report = Scorer.Score(WorkedCheck.Sections, WorkedCheck.Gold(), WorkedCheck.Prediction([]), TestVocabulary.Options());

        foreach (var scheme in Enum.GetValues<EntityScheme>())
        {
            var counts = report.Entities.Get(scheme);
            Assert.Equal(3, counts.Mis);
            Assert.Null(counts.Precision);
            Assert.Equal(0.0, counts.Recall);
            Assert.Equal(0.0, counts.F1);
        }
    }

    [Fact]
    public void Neither_gold_nor_predictions_leave_everything_undefined()
    {
        var report = Scorer.Score(WorkedCheck.Sections, WorkedCheck.Gold([]), WorkedCheck.Prediction([]), TestVocabulary.Options());

        foreach (var scheme in Enum.GetValues<EntityScheme>())
        {
            var counts = report.Entities.Get(scheme);
            Assert.Null(counts.Precision);
            Assert.Null(counts.Recall);
            Assert.Null(counts.F1);
        }

        Assert.Null(report.Mappings.Strict.F1);
        Assert.Null(report.Compliance.Compliance);
    }

    [Fact]
    public void Precision_and_recall_both_zero_give_F1_zero_not_undefined()
    {
        var gold = WorkedCheck.Gold([new Entity("trastuzumab", "medication", new TextSpan("eligibility", 46, 57))]);
        var prediction = WorkedCheck.Prediction([new Entity("metastatic", "condition")]);

        var counts = Scorer.Score(WorkedCheck.Sections, gold, prediction, TestVocabulary.Options()).Entities.Strict;

        Assert.Equal((0, 1, 1), (counts.Cor, counts.Mis, counts.Spu));
        Assert.Equal(0.0, counts.Precision);
        Assert.Equal(0.0, counts.Recall);
        Assert.Equal(0.0, counts.F1);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(null, 0.5, 0.0)]
    [InlineData(0.5, null, 0.0)]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(0.5, 1.0, 2 * 0.5 / 1.5)]
    public void F1_follows_the_undefined_rules(double? precision, double? recall, double? expected)
    {
        Assert.Equal(expected, OutcomeCounts.F1From(precision, recall));
    }
}
