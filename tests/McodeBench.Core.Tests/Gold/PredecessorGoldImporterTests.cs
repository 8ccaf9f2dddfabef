using McodeBench.Core.Annotations;
using McodeBench.Core.Gold;
using McodeBench.Core.Tests.Support;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Gold;

public sealed class PredecessorGoldImporterTests
{
    private static async Task<(TrialLoadResult Trials, PredecessorGoldImportResult Gold)> ImportAsync(string trialFile, string goldFile)
    {
        var trialPath = RepositoryPaths.RequireReference(["predecessor", "v1", .. trialFile.Split('/')]);
        var goldPath = RepositoryPaths.RequireReference(["predecessor", "v1", .. goldFile.Split('/')]);
        var trials = await CtGovStudyReader.ReadFileAsync(trialPath, TestContext.Current.CancellationToken);
        Assert.False(trials.HasErrors, string.Join('\n', trials.Diagnostics));
        return (trials, await PredecessorGoldImporter.ImportFileAsync(goldPath, trials.Trials, TestContext.Current.CancellationToken));
    }

    private static void AssertEveryPlacedSpanHoldsItsText(TrialLoadResult trials, PredecessorGoldImportResult gold)
    {
        foreach (var standard in gold.Standards)
        {
            var trial = trials.Find(standard.TrialId)!;
            Assert.Empty(GoldValidator.Validate(standard, trial));
            foreach (var entity in standard.Entities)
            {
                Assert.Equal(entity.Text, trial.FindSection(entity.Span!.Section)!.Text[entity.Span.Start..entity.Span.End]);
            }
        }
    }

    [Fact]
    public async Task Multi_cancer_gold_re_anchors_every_entity_as_counted_by_hand()
    {
        var (trials, gold) = await ImportAsync("tests/data/test_cases/multi_cancer.json", "tests/data/gold_standard/multi_cancer.json");

        // Worked out independently (a short Python script over the two files, following docs/gold-format.md): of 29
        // entities, 10 sit where start_char/end_char say (all in brief titles), 18 are found exactly elsewhere, and one,
        // "Anti-PD-1 antibody", only as "Anti-PD-1 Antibody" in the gastric trial's official title. None is unplaced.
        Assert.False(gold.HasErrors, string.Join('\n', gold.Diagnostics));
        Assert.Equal(8, gold.Standards.Count);
        Assert.Equal(29, gold.Outcomes.Count);
        Assert.Equal(10, gold.Count(AnchorKind.AsGiven));
        Assert.Equal(18, gold.Count(AnchorKind.Exact));
        Assert.Equal(1, gold.Count(AnchorKind.CaseInsensitive));
        Assert.Equal(19, gold.Reanchored);
        Assert.Equal(0, gold.Unplaced);
        Assert.All(gold.Outcomes.Where(o => o.Kind == AnchorKind.AsGiven), o => Assert.Equal(SectionNames.BriefTitle, o.Span!.Section));

        var caseInsensitive = Assert.Single(gold.Outcomes, o => o.Kind == AnchorKind.CaseInsensitive);
        Assert.Equal(("gastric_cancer_advanced", "Anti-PD-1 antibody", new TextSpan(SectionNames.OfficialTitle, 19, 37)), (caseInsensitive.CaseId, caseInsensitive.Text, caseInsensitive.Span));
        var gastric = gold.Standards.Single(s => s.TrialId == trials.Find("gastric_cancer_advanced")!.Id);
        Assert.Contains(gastric.Entities, e => e.Text == "Anti-PD-1 Antibody");

        // "platinum-based chemotherapy" is in the summary and the criteria; eligibility is preferred, under "Inclusion Criteria:".
        var ovarian = gold.Standards.Single(s => s.TrialId == "NCT34567890");
        var chemotherapy = ovarian.Entities.Single(e => e.Text == "platinum-based chemotherapy");
        Assert.Equal(new TextSpan(SectionNames.Eligibility, 211, 238), chemotherapy.Span);
        Assert.Equal(Criterion.Inclusion, chemotherapy.Criterion);

        AssertEveryPlacedSpanHoldsItsText(trials, gold);
    }

    [Fact]
    public async Task Multi_cancer_mappings_link_to_the_entity_with_the_same_text()
    {
        var (_, gold) = await ImportAsync("tests/data/test_cases/multi_cancer.json", "tests/data/gold_standard/multi_cancer.json");

        var mappings = gold.Standards.SelectMany(s => s.Mappings.Select(m => (Standard: s, Mapping: m))).ToList();
        Assert.Equal(29, mappings.Count);
        Assert.All(mappings, m => Assert.Equal(
            m.Mapping.Value!.ToLowerInvariant(),
            m.Standard.Entities.Single(e => e.Id == m.Mapping.EntityId).Text.ToLowerInvariant()));
        Assert.Equal("Radiotherapy", gold.Standards.Single(s => s.TrialId == "NCT45678901").Mappings.Single(m => m.Value == "TTFields").Element);
    }

    [Fact]
    public async Task Example_gold_uses_the_module_hint_and_links_mappings_by_index()
    {
        var (trials, gold) = await ImportAsync(
            "examples/breast_cancer_data/breast_cancer_her2_positive.trial.json",
            "examples/breast_cancer_data/breast_cancer_her2_positive.gold.json");

        // By hand: none of the 16 "position" pairs holds its text; every text occurs exactly in the hinted module's section.
        Assert.False(gold.HasErrors, string.Join('\n', gold.Diagnostics));
        var standard = Assert.Single(gold.Standards);
        Assert.Equal("NCT12345678", standard.TrialId);
        Assert.Equal(16, gold.Count(AnchorKind.Exact));
        Assert.Equal(0, gold.Count(AnchorKind.AsGiven) + gold.Count(AnchorKind.CaseInsensitive) + gold.Unplaced);
        Assert.Equal(
            [SectionNames.Conditions, SectionNames.Conditions, .. Enumerable.Repeat(SectionNames.Eligibility, 8), .. Enumerable.Repeat(SectionNames.Interventions, 3), .. Enumerable.Repeat(SectionNames.BriefSummary, 3)],
            standard.Entities.Select(e => e.Span!.Section));

        var trastuzumab = standard.Entities.Single(e => e.Id == "e12");
        Assert.Equal(("trastuzumab", SectionNames.Interventions), (trastuzumab.Text, trastuzumab.Span!.Section));
        Assert.Equal(Criterion.Exclusion, standard.Entities.Single(e => e.Text == "Active brain metastases").Criterion);

        Assert.Equal(12, standard.Mappings.Count);
        Assert.Equal(["e1", "e2", "e3", "e4", "e5", "e6", "e11", "e12", "e13", "e14", "e15", "e16"], standard.Mappings.Select(m => m.EntityId));
        Assert.Equal(("ECOGPerformanceStatus", "0-1"), (standard.Mappings[4].Element, standard.Mappings[4].Value));

        AssertEveryPlacedSpanHoldsItsText(trials, gold);
    }

    [Fact]
    public void Entities_that_cannot_be_placed_are_reported_with_case_id_and_text()
    {
        var trials = CtGovStudyReader.Read(
            """{"test_cases": {"case_a": {"protocolSection": {"identificationModule": {"briefTitle": "Olaparib in BRCA"}, "eligibilityModule": {"eligibilityCriteria": "Exclusion Criteria:\n- prior olaparib"}}}}}""",
            "cases.json");
        var json = """
            {"gold_standard": {"case_a": {
              "expected_extraction": {"entities": [
                {"text": "Olaparib", "type": "treatment", "start_char": 0, "end_char": 8},
                {"text": "niraparib", "type": "treatment", "start_char": 3, "end_char": 12}
              ]},
              "expected_mcode_mappings": {"mapped_elements": [
                {"text": "niraparib", "mcode_type": "CancerRelatedMedicationAdministration", "confidence": 0.9}
              ]}
            }, "case_missing": {}}}
            """;

        var gold = PredecessorGoldImporter.Import(json, "gold.json", trials.Trials);

        var standard = Assert.Single(gold.Standards);
        Assert.Equal("case_a", standard.TrialId);
        var olaparib = Assert.Single(standard.Entities);
        Assert.Equal(new TextSpan(SectionNames.BriefTitle, 0, 8), olaparib.Span);
        var unplaced = Assert.Single(gold.Outcomes, o => o.Kind == AnchorKind.Unplaced);
        Assert.Equal(("case_a", "niraparib"), (unplaced.CaseId, unplaced.Text));
        var warning = gold.Diagnostics.Single(d => d.JsonPath == "$.gold_standard.case_a.expected_extraction.entities[1]");
        Assert.Contains("\"case_a\"", warning.Message, StringComparison.Ordinal);
        Assert.Contains("\"niraparib\"", warning.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(standard.Mappings).EntityId);
        Assert.Contains(gold.Errors, d => d.JsonPath == "$.gold_standard.case_missing");
    }
}
