using System.Text;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.RulesBaseline;

/// <summary>
/// Pins the baseline's raw JSON answers (direct, extraction and mapping steps) for every sample trial, so that
/// performance work on the recognisers cannot change a single character of what the baseline says.
/// </summary>
public sealed class RulesBaselineSnapshotTests
{
    public static TheoryData<string> Trials() => [.. SampleBaselineRun.TrialIds()];

    [Theory]
    [MemberData(nameof(Trials))]
    public async Task Answers_match_the_committed_snapshot(string trialId)
    {
        var run = await SampleBaselineRun.RunAsync(trialId, TestContext.Current.CancellationToken);
        var answers = new StringBuilder();
        foreach (var step in run.Direct.Steps.Concat(run.TwoStep.Steps))
        {
            Assert.NotNull(step.RawOutput);
            answers.Append("## ").Append(step.Step).Append('\n').Append(step.RawOutput).Append('\n');
        }

        Assert.Contains("\"mcode_mappings\"", answers.ToString(), StringComparison.Ordinal);
        Snapshot.Matches(Path.Combine("RulesBaseline", trialId + ".answers.txt"), answers.ToString());
    }
}
