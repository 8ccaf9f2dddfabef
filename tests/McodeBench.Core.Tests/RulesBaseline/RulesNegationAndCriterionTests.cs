using McodeBench.Core.Annotations;
using McodeBench.Core.Models.RulesBaseline;

namespace McodeBench.Core.Tests.RulesBaseline;

public sealed class RulesNegationAndCriterionTests
{
    private static readonly RulesExtractor Extractor = new();

    [Theory]
    [InlineData("No prior trastuzumab", "trastuzumab", true)]
    [InlineData("Patients without brain metastases", "brain metastases", true)]
    [InlineData("No EGFR sensitizing mutation and no ALK translocation", "ALK translocation", true)]
    [InlineData("No EGFR sensitizing mutation and no ALK translocation", "EGFR sensitizing mutation", true)]
    [InlineData("absence of liver metastases", "liver metastases", true)]
    [InlineData("no history of breast cancer", "breast cancer", true)]
    [InlineData("not suitable for chemoradiation", "chemoradiation", true)]
    [InlineData("No prior chemotherapy or radiotherapy for pancreatic cancer", "radiotherapy", true)]
    [InlineData("No prior chemotherapy or radiotherapy for pancreatic cancer", "pancreatic cancer", false)]
    [InlineData("No prior systemic therapy for metastatic disease", "metastatic disease", false)]
    [InlineData("HER2-negative breast cancer", "HER2-negative", false)]
    [InlineData("HER2-negative breast cancer", "breast cancer", false)]
    [InlineData("Prior bevacizumab is not allowed", "bevacizumab", false)]
    [InlineData("Pembrolizumab with or without SBRT", "SBRT", false)]
    [InlineData("no more than 2 prior lines including docetaxel", "docetaxel", false)]
    [InlineData("stage IIIB not amenable to surgery, or stage IV", "stage IV", false)]
    [InlineData("No prior treatment is needed. Brain metastases are allowed", "Brain metastases", false)]
    [InlineData("No one should take the drug; trastuzumab will be given", "trastuzumab", false)]
    [InlineData("without evidence of disease after six weeks of daily dosing with trastuzumab", "trastuzumab", false)]
    public void Negation_follows_the_trigger_within_its_clause(string text, string mention, bool negated)
    {
        var entity = Assert.Single(Extractor.Extract(text).Entities, e => e.Text == mention);

        Assert.Equal(negated, entity.Negated);
    }

    [Fact]
    public void Criterion_follows_the_inclusion_and_exclusion_headers()
    {
        const string text = "Breast cancer trial\n\nInclusion Criteria:\n\n* HER2-positive breast cancer\n\nExclusion Criteria:\n\n* Prior trastuzumab\n\nInterventions:\nDocetaxel";

        var entities = Extractor.Extract(text).Entities;

        Assert.Equal(Criterion.None, entities.Single(e => e.Text == "Breast cancer").Criterion);
        Assert.Equal(Criterion.Inclusion, entities.Single(e => e.Text == "HER2-positive").Criterion);
        Assert.Equal(Criterion.Inclusion, entities.Single(e => e.Text == "breast cancer").Criterion);
        Assert.Equal(Criterion.Exclusion, entities.Single(e => e.Text == "trastuzumab").Criterion);
        Assert.False(entities.Single(e => e.Text == "trastuzumab").Negated);
        Assert.Equal(Criterion.None, entities.Single(e => e.Text == "Docetaxel").Criterion);
    }

    [Theory]
    [InlineData("INCLUSION CRITERIA\n- ECOG 0-1", Criterion.Inclusion)]
    [InlineData("Key Exclusion Criteria:\n* ECOG 0-1", Criterion.Exclusion)]
    [InlineData("Inclusion: ECOG 0-1", Criterion.Inclusion)]
    [InlineData("Phase 1: Inclusion Criteria:\n* ECOG 0-1", Criterion.Inclusion)]
    [InlineData("ECOG 0-1", Criterion.None)]
    public void Header_variants_are_recognised(string text, Criterion expected)
    {
        Assert.Equal(expected, Assert.Single(Extractor.Extract(text).Entities).Criterion);
    }
}
