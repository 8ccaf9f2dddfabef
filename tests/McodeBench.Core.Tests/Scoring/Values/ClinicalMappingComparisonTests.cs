using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Tests.Scoring.Values;

/// <summary>The mapping schemes with clinical value comparison, end to end through <see cref="Scorer"/>.</summary>
public sealed class ClinicalMappingComparisonTests
{
    private static ScoreReport Score(Mapping gold, Mapping predicted, ValueComparison comparison = ValueComparison.Clinical) =>
        Scorer.Score(WorkedCheck.Sections, new GoldStandard("NCT1", [], [gold]), new Prediction([], [predicted]),
            new ScoringOptions(McodeVocabularyLoader.Default) { ValueComparison = comparison });

    [Theory]
    [InlineData("ECOGPerformanceStatus", "ECOG 0-1", "ECOG =< 1")]
    [InlineData("ECOGPerformanceStatus", "ECOG 0-2", "2 or better")]
    [InlineData("KarnofskyPerformanceStatus", "Karnofsky >= 70", "70-100")]
    [InlineData("TNMPrimaryTumorCategory", "cT2", "T2")]
    [InlineData("TNMStageGroup", "Stage IIIA", "IIIA")]
    [InlineData("TumorMarkerTest", "HER2 positive", "HER2 IHC 3+")]
    [InlineData("TumorMarkerTest", "ER >= 1%", "ER positive")]
    [InlineData("CancerRelatedMedicationRequest", "trastuzumab", "Herceptin")]
    public void The_same_finding_written_differently_is_a_strict_match(string element, string goldValue, string predictedValue)
    {
        var clinical = Score(new Mapping(element, goldValue), new Mapping(element, predictedValue));
        var text = Score(new Mapping(element, goldValue), new Mapping(element, predictedValue), ValueComparison.Text);

        Assert.Equal((1, 0), (clinical.Mappings.Strict.Cor, clinical.Mappings.Strict.Inc));
        Assert.Equal(1, clinical.Mappings.Lenient.Cor);
        Assert.Equal((0, 1), (text.Mappings.Strict.Cor, text.Mappings.Strict.Inc));
    }

    [Theory]
    [InlineData("ECOGPerformanceStatus", "ECOG 0-1", "ECOG 0-2")]
    [InlineData("TNMPrimaryTumorCategory", "cT2", "cT3")]
    [InlineData("TumorMarkerTest", "HER2 positive", "HER2 low")]
    [InlineData("TNMStageGroup", "Stage IIIA", "Stage IIIB")]
    public void Different_findings_stay_strict_mismatches(string element, string goldValue, string predictedValue)
    {
        var report = Score(new Mapping(element, goldValue), new Mapping(element, predictedValue));

        Assert.Equal((0, 1), (report.Mappings.Strict.Cor, report.Mappings.Strict.Inc));
    }

    [Fact]
    public void Codes_still_decide_when_both_sides_are_coded()
    {
        var report = Score(
            new Mapping("TumorMarkerTest", "HER2 positive", new CodeRef(CodeSystems.Loinc, "48676-1")),
            new Mapping("TumorMarkerTest", "HER2 3+", new CodeRef(CodeSystems.Loinc, "85319-2")));

        Assert.Equal((0, 1), (report.Mappings.Strict.Cor, report.Mappings.Strict.Inc));
    }

    [Fact]
    public void When_one_side_does_not_read_the_texts_are_compared()
    {
        var report = Score(new Mapping("ECOGPerformanceStatus", "ECOG 0-1"), new Mapping("ECOGPerformanceStatus", "good performance"));

        Assert.Equal((0, 1), (report.Mappings.Strict.Cor, report.Mappings.Strict.Inc));
    }

    [Fact]
    public void Clinical_comparison_is_the_default()
    {
        Assert.Equal(ValueComparison.Clinical, new ScoringOptions(McodeVocabularyLoader.Default).ValueComparison);
    }
}
