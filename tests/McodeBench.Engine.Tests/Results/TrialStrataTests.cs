using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Core.Trials;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Results;

namespace McodeBench.Engine.Tests.Results;

public sealed class TrialStrataTests
{
    private static readonly IReadOnlyList<string> Sections = [SectionNames.Eligibility];

    private static readonly Dictionary<string, Trial> Trials = new(StringComparer.Ordinal)
    {
        ["T1"] = Trial("T1", ["Breast Cancer", "HER2-positive"], ["phase:PHASE2", "phase:PHASE1"], 10),
        ["T2"] = Trial("T2", ["breast cancer"], ["phase:PHASE3"], 40),
        ["T3"] = Trial("T3", [], [], 90),
    };

    [Fact]
    public void Condition_is_the_first_listed_lower_cased_and_phase_joins_the_phases()
    {
        var conditions = TrialStrata.Assign(StratumDimension.Condition, Trials, Sections, ["T1", "T2", "T3", "T-missing"]);
        var phases = TrialStrata.Assign(StratumDimension.Phase, Trials, Sections, ["T1", "T2", "T3"]);

        Assert.Equal("breast cancer", conditions["T1"]);
        Assert.Equal("breast cancer", conditions["T2"]);
        Assert.Equal("(no condition)", conditions["T3"]);
        Assert.False(conditions.ContainsKey("T-missing")); // not held: StratifiedStatistics puts it in "(unassigned)"
        Assert.Equal("PHASE1/PHASE2", phases["T1"]);
        Assert.Equal("PHASE3", phases["T2"]);
        Assert.Equal("NA", phases["T3"]);
    }

    [Fact]
    public void Length_splits_by_the_assembled_text_into_thirds()
    {
        var lengths = TrialStrata.Assign(StratumDimension.Length, Trials, Sections, ["T1", "T2", "T3"]);

        Assert.Equal(("short", "medium", "long"), (lengths["T1"], lengths["T2"], lengths["T3"]));
    }

    [Theory]
    [InlineData("condition", StratumDimension.Condition)]
    [InlineData(" Phase ", StratumDimension.Phase)]
    [InlineData("LENGTH", StratumDimension.Length)]
    public void Names_parse_in_any_case(string text, StratumDimension expected)
    {
        Assert.True(TrialStrata.TryParse(text, out var dimension));
        Assert.Equal(expected, dimension);
    }

    [Fact]
    public void An_unknown_name_does_not_parse() => Assert.False(TrialStrata.TryParse("section", out _));

    [Fact]
    public void The_gold_note_appears_only_when_both_runs_record_different_gold_digests()
    {
        Assert.Null(StoredRunComparison.GoldNote(Overview("a", null), Overview("b", null)));
        Assert.Null(StoredRunComparison.GoldNote(Overview("a", "g1"), Overview("b", null)));
        Assert.Null(StoredRunComparison.GoldNote(Overview("a", "g1"), Overview("b", "g1")));
        Assert.Contains("different gold (g1 in run A, g2 in run B)", StoredRunComparison.GoldNote(Overview("a", "g1"), Overview("b", "g2")), StringComparison.Ordinal);
    }

    private static Trial Trial(string id, IReadOnlyList<string> conditions, IReadOnlyList<string> tags, int length) =>
        new(id, id, [new TrialSection(SectionNames.Eligibility, new string('x', length))], conditions, [], tags);

    private static RunOverview Overview(string id, string? gold)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal) { ["prompts"] = "1" };
        var spec = new RunSpec { Name = id, PromptKeys = ["p"], ModelKeys = ["m"], TrialIds = ["T1"] };
        var run = new StoredRun(id, id, spec, versions, RunStatus.Completed, TaskPriority.Normal, 1, DateTime.UnixEpoch, null, null, GoldDigest: gold);
        return new RunOverview(run, new Dictionary<TrackedTaskStatus, int>(), []);
    }
}
