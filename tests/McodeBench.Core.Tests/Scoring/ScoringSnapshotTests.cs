using McodeBench.Core.Mcode;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Scoring;

/// <summary>
/// Pins the full score report JSON (counts, alignments, diagnostics) of scoring the baseline's direct and two-step
/// predictions for every sample trial, so that performance work on the scorer cannot change any figure.
/// </summary>
public sealed class ScoringSnapshotTests
{
    private static readonly ScoringOptions Options = new(McodeVocabularyLoader.Default);

    public static TheoryData<string> Trials() => [.. SampleBaselineRun.TrialIds()];

    [Theory]
    [MemberData(nameof(Trials))]
    public async Task Score_reports_match_the_committed_snapshot(string trialId)
    {
        var run = await SampleBaselineRun.RunAsync(trialId, TestContext.Current.CancellationToken);
        Assert.True(run.Direct.IsSuccess, $"{trialId}: the direct baseline pipeline failed");
        Assert.True(run.TwoStep.IsSuccess, $"{trialId}: the two-step baseline pipeline failed");
        var direct = Scorer.Score(run.Sections, run.Gold, run.Direct.Prediction, Options);
        var twoStep = Scorer.Score(run.Sections, run.Gold, run.TwoStep.Prediction, Options);
        Assert.NotEmpty(direct.EntityAlignment);

        Snapshot.Matches(Path.Combine("Scoring", trialId + ".direct.score.json"), direct.ToJson());
        Snapshot.Matches(Path.Combine("Scoring", trialId + ".two-step.score.json"), twoStep.ToJson());
    }
}
