using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Tests.Scoring;

namespace McodeBench.Core.Tests.Mcode;

public sealed class ComplianceCheckerTests
{
    private readonly ComplianceChecker checker = new(TestVocabulary.Create());

    [Fact]
    public void A_well_formed_coded_mapping_passes_every_check_that_applies()
    {
        var result = checker.Check(new Mapping("TumorMarker", "HER2 positive", new CodeRef("loinc", "48676-1")));

        Assert.True(result.Passed);
        Assert.Equal(
            [ComplianceCheck.ElementResolves, ComplianceCheck.ValueOrCodePresent, ComplianceCheck.CodeSystemExpected, ComplianceCheck.CodeInValueSet],
            result.Checks.Select(c => c.Check));
    }

    [Fact]
    public void An_unknown_element_fails_element_resolves_and_the_binding_checks_do_not_apply()
    {
        var result = checker.Check(new Mapping("TumourThing", "x", new CodeRef(CodeSystems.Loinc, "1-8")));

        Assert.False(result.Passed);
        Assert.Equal([ComplianceCheck.ElementResolves], result.Failed);
        Assert.DoesNotContain(result.Checks, c => c.Check is ComplianceCheck.CodeSystemExpected or ComplianceCheck.CodeInValueSet);
    }

    [Fact]
    public void A_mapping_without_value_or_code_fails_value_or_code_present()
    {
        var result = checker.Check(new Mapping("PrimaryCancerCondition", "  \"\"  "));

        Assert.Equal([ComplianceCheck.ValueOrCodePresent], result.Failed);
    }

    [Fact]
    public void A_code_from_the_wrong_system_fails_code_system_expected()
    {
        var result = checker.Check(new Mapping("CancerRelatedMedicationRequest", "trastuzumab", new CodeRef(CodeSystems.Snomed, "108750008")));

        Assert.Equal([ComplianceCheck.CodeSystemExpected], result.Failed);
    }

    [Fact]
    public void A_code_outside_an_enumerated_value_set_fails_code_in_value_set()
    {
        var result = checker.Check(new Mapping("TumorMarkerTest", "ER", new CodeRef(CodeSystems.Loinc, "16112-5")));

        Assert.Equal([ComplianceCheck.CodeInValueSet], result.Failed);
    }

    [Fact]
    public void Value_set_membership_applies_only_where_the_value_set_is_enumerated()
    {
        var coded = checker.Check(new Mapping("CancerRelatedMedicationRequest", null, new CodeRef(CodeSystems.RxNorm, "224905")));
        var condition = checker.Check(new Mapping("PrimaryCancerCondition", null, new CodeRef(CodeSystems.Snomed, "254837009")));
        var uncoded = checker.Check(new Mapping("TumorMarkerTest", "HER2 positive"));

        Assert.True(coded.Passed);
        Assert.DoesNotContain(coded.Checks, c => c.Check == ComplianceCheck.CodeInValueSet);
        Assert.True(condition.Passed); // its value set is named but not enumerated in the test vocabulary
        Assert.DoesNotContain(condition.Checks, c => c.Check == ComplianceCheck.CodeInValueSet);
        Assert.True(uncoded.Passed);
        Assert.Equal([ComplianceCheck.ElementResolves, ComplianceCheck.ValueOrCodePresent], uncoded.Checks.Select(c => c.Check));
    }

    [Fact]
    public void Compliance_is_the_share_passing_all_checks_with_failure_counts_per_check()
    {
        var summary = checker.Summarize(
        [
            new Mapping("TumorMarkerTest", "HER2", new CodeRef(CodeSystems.Loinc, "48676-1")),
            new Mapping("TumorMarkerTest", "ER", new CodeRef(CodeSystems.Snomed, "16112-5")),
            new Mapping("Nonsense", null),
            new Mapping("ECOGPerformanceStatus", "1"),
        ]);

        Assert.Equal(4, summary.Mappings);
        Assert.Equal(2, summary.Passing);
        Assert.Equal(0.5, summary.Compliance);
        Assert.Equal(1, summary.FailuresByCheck[ComplianceCheckNames.ElementResolves]);
        Assert.Equal(1, summary.FailuresByCheck[ComplianceCheckNames.ValueOrCodePresent]);
        Assert.Equal(1, summary.FailuresByCheck[ComplianceCheckNames.CodeSystemExpected]);
        Assert.Equal(1, summary.FailuresByCheck[ComplianceCheckNames.CodeInValueSet]);
    }

    [Fact]
    public void Compliance_is_undefined_without_predicted_mappings()
    {
        var summary = checker.Summarize([]);

        Assert.Null(summary.Compliance);
        Assert.Equal(0, summary.Mappings);
        Assert.Equal(4, summary.FailuresByCheck.Count);
    }

    [Fact]
    public void With_the_shipped_vocabulary_a_snomed_primary_cancer_code_is_not_failed_by_the_listed_icd10_codes()
    {
        var checker = new ComplianceChecker(McodeVocabularyLoader.Default);

        // Breast cancer in SNOMED CT: the SNOMED part of PrimaryCancerDisorderVS is a rule, so membership cannot be decided.
        var snomed = checker.Check(new Mapping("PrimaryCancerCondition", "breast cancer", new CodeRef(CodeSystems.Snomed, "254837009")));
        // An ICD-10-CM code is decided by the listed codes: C50.9 is in, an invented one is not.
        var listed = checker.Check(new Mapping("PrimaryCancerCondition", "breast cancer", new CodeRef("ICD-10-CM", "C50.911")));
        var invented = checker.Check(new Mapping("PrimaryCancerCondition", "breast cancer", new CodeRef("ICD-10-CM", "C99.99")));

        Assert.True(snomed.Passed);
        Assert.DoesNotContain(snomed.Checks, r => r.Check == ComplianceCheck.CodeInValueSet);
        Assert.True(listed.Passed);
        Assert.Contains(ComplianceCheck.CodeInValueSet, invented.Failed);
    }

    [Fact]
    public void The_profiles_own_fixed_code_is_accepted_as_a_member()
    {
        var checker = new ComplianceChecker(McodeVocabularyLoader.Default);

        var course = checker.Check(new Mapping("RadiotherapyCourseSummary", "radiotherapy", new CodeRef(CodeSystems.Snomed, "1217123003")));
        var other = checker.Check(new Mapping("RadiotherapyCourseSummary", "radiotherapy", new CodeRef(CodeSystems.Snomed, "1")));

        Assert.True(course.Passed);
        Assert.Contains(ComplianceCheck.CodeInValueSet, other.Failed);
    }
}
