using McodeBench.Core.Mcode;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;

namespace McodeBench.Tests.Cli;

/// <summary>
/// A run stored in a test's database as the engine stores one, with known figures: the rules baseline completed on two
/// trials (entities strict F1 0.75 each), the simulated model completed on one and failed on the other, a model the
/// sample library does not have (its key looks like a formula) completed, and one task still queued.
/// </summary>
internal static class StoredRunSeed
{
    public const string RunId = "nightly-20261127";
    public const string RunName = "nightly";
    public const string UnknownModel = "=cmd|'/c calc'!A1";

    public static readonly DateTime Created = new(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc);

    public static async Task SeedAsync(string dataDir, CancellationToken cancellationToken)
    {
        await using var db = await BenchDatabase.OpenAsync(DatabaseOptions.For(dataDir), cancellationToken: cancellationToken);
        var transitions = new TaskStatusTransitions(TimeProvider.System);
        var tasks = new List<BenchmarkTask>
        {
            Task("rules-baseline", "NCT99000001"),
            Task("rules-baseline", "NCT99000002"),
            Task("simulated-gpt", "NCT99000001"),
            Task("simulated-gpt", "NCT99000002"),
            Task(UnknownModel, "NCT99000001"),
            Task("rules-baseline", "NCT99000003"),
        };
        foreach (var task in tasks)
        {
            transitions.Apply(task, TrackedTaskStatus.Queued);
        }

        var spec = new RunSpec
        {
            Name = RunName,
            PromptKeys = ["extract-basic", "map-basic"],
            ModelKeys = ["rules-baseline", "simulated-gpt", UnknownModel],
            TrialIds = ["NCT99000001", "NCT99000002", "NCT99000003"],
            Repeats = 1,
            Ranking = new RankingMetric(RankingMeasure.F1, RankingTarget.Entity, EntityScheme.Strict),
        };
        await db.Runs.CreateAsync(new NewRun(RunId, spec, new Dictionary<string, string> { ["prompts"] = "1.2", ["models"] = "sha256:abc" }, Created), tasks, cancellationToken);
        await db.Runs.SetStatusAsync(RunId, RunStatus.Running, cancellationToken);

        for (var i = 0; i < 5; i++)
        {
            var task = tasks[i];
            await db.Tasks.ClaimAsync(task, cancellationToken);
            var failed = task.ModelKey == "simulated-gpt" && task.TrialId == "NCT99000002";
            var outcome = failed
                ? new AttemptOutcome(UsageTotals.None with { Calls = 1, InputTokens = 900, Latency = TimeSpan.FromMilliseconds(50) }, [], [], ScoreReport: Report(task.TrialId, correct: 0, missed: 4, spurious: 0), FailureClass: FailureClass.InvalidJson, FailureMessage: "not JSON")
                : new AttemptOutcome(UsageTotals.None with { Calls = 2, InputTokens = 1000, OutputTokens = 100, Cost = 0.0125m, Latency = TimeSpan.FromMilliseconds(400) }, [], [], ScoreReport: Report(task.TrialId, correct: 3, missed: 1, spurious: 1), ValidationPassed: true);
            await db.Tasks.FinishAsync(task, failed ? TrackedTaskStatus.Failed : TrackedTaskStatus.Completed, outcome, cancellationToken: cancellationToken);
        }
    }

    private static BenchmarkTask Task(string model, string trial) => new(
        $"{RunId}/{trial}/{model}",
        $"{trial} · {model}",
        Created,
        RunId,
        PipelineKind.TwoStep,
        ["extract-basic", "map-basic"],
        model,
        trial,
        repeatIndex: 0);

    private static ScoreReport Report(string trialId, int correct, int missed, int spurious)
    {
        var counts = new OutcomeCounts(correct, 0, 0, missed, spurious);
        return new ScoreReport(
            trialId,
            new EntitySchemes<OutcomeCounts>(counts, counts, counts, counts),
            new MappingSchemes<OutcomeCounts>(OutcomeCounts.Zero, OutcomeCounts.Zero),
            ComplianceSummary.Empty,
            spurious,
            new Dictionary<string, EntitySchemes<OutcomeCounts>>(),
            new Dictionary<string, MappingSchemes<OutcomeCounts>>(),
            [],
            [],
            []);
    }
}
