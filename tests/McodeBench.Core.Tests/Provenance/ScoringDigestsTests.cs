using McodeBench.Core.Annotations;
using McodeBench.Core.Provenance;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Provenance;

public sealed class ScoringDigestsTests
{
    private static readonly GoldStandard First = new(
        "NCT1",
        [new Entity("breast cancer", "condition", new TextSpan("eligibility", 0, 13)), new Entity("ECOG 0-1", "performance_status")],
        [new Mapping("PrimaryCancerCondition", "breast cancer"), new Mapping("ECOGPerformanceStatus", "0-1")]);

    private static readonly GoldStandard Second = new("NCT2", [new Entity("trastuzumab", "medication")], []);

    [Fact]
    public void The_gold_digest_does_not_depend_on_the_order_of_trials_or_of_their_annotations()
    {
        var reordered = First with { Entities = [.. First.Entities.Reverse()], Mappings = [.. First.Mappings.Reverse()] };

        Assert.Equal(ScoringDigests.OfGold([First, Second]), ScoringDigests.OfGold([Second, reordered]));
    }

    [Fact]
    public void Any_change_to_an_annotation_changes_the_gold_digest()
    {
        var digest = ScoringDigests.OfGold([First, Second]);
        var movedSpan = First with { Entities = [First.Entities[0] with { Span = new TextSpan("eligibility", 1, 13) }, First.Entities[1]] };
        var otherValue = First with { Mappings = [First.Mappings[0], First.Mappings[1] with { Value = "0-2" }] };
        var negated = First with { Entities = [First.Entities[0] with { Negated = true }, First.Entities[1]] };

        Assert.NotEqual(digest, ScoringDigests.OfGold([movedSpan, Second]));
        Assert.NotEqual(digest, ScoringDigests.OfGold([otherValue, Second]));
        Assert.NotEqual(digest, ScoringDigests.OfGold([negated, Second]));
        Assert.NotEqual(digest, ScoringDigests.OfGold([First]));
    }

    [Fact]
    public void A_digest_is_sha256_of_the_canonical_text_and_shows_short()
    {
        var digest = ScoringDigests.OfGold([]);

        // SHA-256 of the empty string: the canonical text of no trials.
        Assert.Equal("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", digest);
        Assert.Equal("sha256:e3b0c44298fc", ScoringDigests.Abbreviate(digest));
        Assert.Equal("—", ScoringDigests.Abbreviate(null));
    }

    [Fact]
    public void The_trial_text_digest_follows_the_texts_not_their_order_and_cannot_be_imitated_across_a_boundary()
    {
        var a = new TrialText("NCT1", "Inclusion: adults", []);
        var b = new TrialText("NCT2", "Exclusion: pregnancy", []);

        Assert.Equal(ScoringDigests.OfTrialTexts([a, b]), ScoringDigests.OfTrialTexts([b, a]));
        Assert.NotEqual(ScoringDigests.OfTrialTexts([a, b]), ScoringDigests.OfTrialTexts([a, b with { Text = "Exclusion: pregnancy." }]));
        Assert.NotEqual(
            ScoringDigests.OfTrialTexts([a with { Text = "x\ntrial \"NCT2\" 1\ny" }]),
            ScoringDigests.OfTrialTexts([a with { Text = "x" }, new TrialText("NCT2", "y", [])]));
    }
}
