using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Tests.Scoring;

public sealed class EntityTypeNormalizerTests
{
    [Theory]
    [InlineData("drug", "medication")]
    [InlineData(" Treatment ", "medication")]
    [InlineData("tumor marker", "biomarker")]
    [InlineData("Mutation", "genomic_variant")]
    [InlineData("genomic-variant", "genomic_variant")]
    [InlineData("condition", "condition")]
    public void The_default_type_table_knows_the_SCORING_md_examples(string type, string expected)
    {
        Assert.Equal(expected, new ScoringOptions(TestVocabulary.Options().Vocabulary).EntityTypes.Normalize(type));
    }

    [Fact]
    public void Scoring_uses_the_type_normaliser_from_the_options()
    {
        // A table that does not know "drug": trastuzumab's type then differs from the gold "medication".
        var options = TestVocabulary.Options() with { EntityTypes = new DelegateEntityTypeNormalizer(type => type.Trim().ToLowerInvariant()) };

        var report = Scorer.Score(WorkedCheck.Sections, WorkedCheck.Gold(), WorkedCheck.Prediction(), options);

        Assert.Equal((1, 2), (report.Entities.Strict.Cor, report.Entities.Strict.Inc));
        Assert.Equal((2, 1), (report.Entities.Exact.Cor, report.Entities.Exact.Inc)); // the exact scheme ignores type
        Assert.False(report.PerEntityType.ContainsKey("drug")); // a pair counts under the gold type
        Assert.Equal(1, report.PerEntityType["medication"].Type.Inc);
    }

    [Fact]
    public void Without_spans_on_the_gold_side_equal_normalised_text_is_an_exact_match_and_anything_else_no_match()
    {
        var gold = new GoldStandard("NCT1", [new Entity("HER2-positive", "biomarker"), new Entity("metastatic breast cancer", "condition")], []);
        var prediction = new Prediction([new Entity("HER2 positive", "biomarker"), new Entity("breast cancer", "condition")], []);

        var report = Scorer.Score(WorkedCheck.Sections, gold, prediction, TestVocabulary.Options());

        Assert.Equal((1, 0, 1, 1), (report.Entities.Type.Cor, report.Entities.Type.Inc, report.Entities.Type.Mis, report.Entities.Type.Spu));
        Assert.Equal(0, report.Entities.Partial.Par);
    }
}
