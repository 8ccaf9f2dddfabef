using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Gold;

public sealed class GoldValidatorTests
{
    private static IReadOnlyList<Diagnostic> Validate(string entities, string mappings = "[]")
    {
        var loaded = GoldStandardReader.Read(GoldExamples.Json(entities, mappings), "gold.json");
        Assert.Empty(loaded.Diagnostics);
        return GoldValidator.Validate(loaded, [GoldExamples.Trial]);
    }

    [Fact]
    public void Correct_gold_has_no_problems()
    {
        Assert.Empty(Validate("[" + GoldExamples.Entity("e1", 22, 35, "HER2-positive") + "]", """[{"element": "TumorMarkerTest", "value": "HER2", "entity_id": "e1"}]"""));
    }

    [Fact]
    public void Wrong_text_reports_expected_found_place_and_the_nearest_occurrence()
    {
        var error = Assert.Single(Validate("[" + GoldExamples.Entity("e1", 21, 34, "HER2-positive") + "]"));

        Assert.True(error.IsError);
        Assert.Equal("gold.json", error.File);
        Assert.Equal("NCT00000001", error.TrialId);
        Assert.Equal("e1", error.EntityId);
        Assert.Equal("$.trials[0].entities[0].text", error.JsonPath);
        Assert.Contains("expected \"HER2-positive\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("found \" HER2-positiv\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("eligibility[22,35)", error.Fix, StringComparison.Ordinal);
        Assert.Contains("\"start\": 22, \"end\": 35", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_mismatch_is_reported_not_only_the_first()
    {
        var problems = Validate("[" + string.Join(", ", GoldExamples.Entity("e1", 0, 4, "HER2"), GoldExamples.Entity("e2", 22, 35, "HER2-positive"), GoldExamples.Entity("e3", 36, 40, "Meta")) + "]");

        Assert.Equal(["e1", "e3"], problems.Select(p => p.EntityId));
        Assert.Contains("eligibility[22,26)", problems[0].Fix, StringComparison.Ordinal);
        Assert.Contains("written \"meta\"", problems[1].Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hint_can_point_into_another_section_and_says_so_when_the_text_is_nowhere()
    {
        var problems = Validate("[" + GoldExamples.Entity("e1", 0, 12, "therapy study") + ", " + GoldExamples.Entity("e2", 0, 5, "Zebra") + "]");

        Assert.Contains("brief_title[5,18)", problems[0].Fix, StringComparison.Ordinal);
        Assert.Contains("does not occur anywhere", problems[1].Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_outside_the_section_text_is_reported()
    {
        var error = Assert.Single(Validate("[" + GoldExamples.Entity("e1", 130, 150, "trastuzumab") + "]"));

        Assert.Equal("$.trials[0].entities[0]", error.JsonPath);
        Assert.Contains("outside section 'eligibility'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{GoldExamples.Eligibility.Length} characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("eligibility[123,134)", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_section_and_a_section_the_trial_lacks_are_reported()
    {
        var problems = Validate("[" + GoldExamples.Entity("e1", 0, 4, "HER2", section: "eligibilty") + ", " + GoldExamples.Entity("e2", 0, 4, "HER2", section: "keywords") + "]");

        Assert.Equal(["$.trials[0].entities[0].section", "$.trials[0].entities[1].section"], problems.Select(p => p.JsonPath));
        Assert.Contains("unknown section 'eligibilty'", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("does not have", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("brief_title, eligibility", problems[1].Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_to_a_missing_entity_and_duplicate_ids_are_reported()
    {
        var problems = Validate(
            "[" + GoldExamples.Entity("e1", 22, 35, "HER2-positive") + ", " + GoldExamples.Entity("e1", 123, 134, "trastuzumab", type: "medication") + "]",
            """[{"element": "TumorMarkerTest", "value": "HER2", "entity_id": "e9"}]""");

        Assert.Equal(["$.trials[0].entities[1].id", "$.trials[0].mappings[0].entity_id"], problems.Select(p => p.JsonPath));
        Assert.Contains("used twice", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("\"e9\"", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gold_for_a_trial_that_was_not_loaded_is_an_error()
    {
        var loaded = GoldStandardReader.Read(GoldExamples.Json("[]", trialId: "NCT404"), "gold.json");

        var error = Assert.Single(GoldValidator.Validate(loaded, [GoldExamples.Trial]));

        Assert.Equal("$.trials[0].trial_id", error.JsonPath);
        Assert.Equal("NCT404", error.TrialId);
    }

    [Fact]
    public void Gold_built_in_memory_gets_positional_paths()
    {
        var gold = new GoldStandard("NCT00000001", [GoldExamples.Her2, GoldExamples.Her2 with { Id = "e2", Span = new TextSpan(SectionNames.Eligibility, 0, 13) }], []);

        var error = Assert.Single(GoldValidator.Validate(gold, GoldExamples.Trial));

        Assert.Equal("(in memory)", error.File);
        Assert.Equal("$.trials[0].entities[1].text", error.JsonPath);
    }
}
