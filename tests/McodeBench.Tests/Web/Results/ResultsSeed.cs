using McodeBench.Core.Annotations;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Core.Trials;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Tests.Web.Support;

namespace McodeBench.Tests.Web.Results;

/// <summary>
/// One run of the simulated model on one trial, three repeats, each with figures simple enough to work out by hand
/// (entity type scheme; gold: "HER2-positive" biomarker and "trastuzumab" medication):
/// repeat 0 predicts both (P = R = F1 = 1; $0.01, 200 ms);
/// repeat 1 predicts "HER2-positive" and a spurious "aspirin" (P = R = F1 = 0.5; $0.02, 400 ms, a cache hit worth $0.005);
/// repeat 2 fails with invalid JSON (empty prediction: P undefined, R = 0, F1 = 0; $0, 900 ms).
/// Nothing is mapped, so compliance is undefined.
/// </summary>
internal static class ResultsSeed
{
    public const string RunId = "results-run";
    public const string Model = "simulated-gpt";
    public const string Prompt = "direct-evidence";
    public const string TrialId = "NCT-SEED-1";
    public const string SectionText = "HER2-positive breast cancer treated with trastuzumab.";

    public static IReadOnlyList<TrialSection> Sections { get; } = [new(SectionNames.Eligibility, SectionText)];

    public static GoldStandard Gold { get; } = new(
        TrialId,
        [new Entity("HER2-positive", "biomarker", new TextSpan(SectionNames.Eligibility, 0, 13)), new Entity("trastuzumab", "medication", new TextSpan(SectionNames.Eligibility, 41, 52))],
        []);

    public static async Task SeedAsync(WebTestEnvironment environment, CancellationToken cancellationToken)
    {
        var now = new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);
        var spec = new RunSpec { Name = "seeded", PromptKeys = [Prompt], ModelKeys = [Model], TrialIds = [TrialId], Pipeline = PipelineKind.Direct, Repeats = 3 };
        var transitions = new TaskStatusTransitions(TimeProvider.System);
        var tasks = Enumerable.Range(0, 3)
            .Select(repeat => new BenchmarkTask($"{RunId}/r{repeat}/{TrialId}/{Model}/{Prompt}", $"task {repeat}", now, RunId, PipelineKind.Direct, [Prompt], Model, TrialId, repeat))
            .ToList();
        foreach (var task in tasks)
        {
            transitions.Apply(task, TrackedTaskStatus.Queued);
        }

        var database = environment.Database;
        await database.Runs.CreateAsync(new NewRun(RunId, spec, new Dictionary<string, string>(), now), tasks, cancellationToken);
        var scoring = environment.Engine.Workspace.Scoring;
        var outcomes = new[]
        {
            Completed(scoring, [new Entity("HER2-positive", "biomarker"), new Entity("trastuzumab", "medication")], 0.01m, 0m, 0, 200),
            Completed(scoring, [new Entity("HER2-positive", "biomarker"), new Entity("aspirin", "medication")], 0.02m, 0.005m, 1, 400),
            new AttemptOutcome(
                UsageTotals.None with { Calls = 1, InputTokens = 500, Latency = TimeSpan.FromMilliseconds(900) },
                [],
                [],
                ScoreReport: TaskScore.ForFailure(Gold, FailureClass.InvalidJson, scoring).Report,
                FailureClass: FailureClass.InvalidJson,
                FailureMessage: "not JSON"),
        };
        for (var i = 0; i < tasks.Count; i++)
        {
            await database.Tasks.ClaimAsync(tasks[i], cancellationToken);
            var to = outcomes[i].FailureClass is null ? TrackedTaskStatus.Completed : TrackedTaskStatus.Failed;
            Assert.Equal(TaskWriteResult.Written, await database.Tasks.FinishAsync(tasks[i], to, outcomes[i], cancellationToken: cancellationToken));
        }
    }

    private static AttemptOutcome Completed(ScoringOptions scoring, IReadOnlyList<Entity> predicted, decimal cost, decimal wouldBe, int cacheHits, int latencyMs)
    {
        var prediction = new Prediction(predicted, []);
        var usage = UsageTotals.None with
        {
            Calls = 1 + cacheHits,
            CacheHits = cacheHits,
            InputTokens = 1000,
            OutputTokens = 100,
            Cost = cost,
            WouldBeCost = wouldBe,
            Latency = TimeSpan.FromMilliseconds(latencyMs),
        };
        return new AttemptOutcome(usage, [], [], prediction, Scorer.Score(Sections, Gold, prediction, scoring), ValidationPassed: true);
    }
}
