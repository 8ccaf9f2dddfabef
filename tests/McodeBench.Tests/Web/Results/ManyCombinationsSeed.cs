using McodeBench.Core.Annotations;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Tests.Web.Support;

namespace McodeBench.Tests.Web.Results;

/// <summary>
/// A finished run of the size the results page was measured on (issue 13: 144 tasks): 4 models × 3 prompts × 4 trials
/// × 3 repeats, every task scored like <see cref="ResultsSeed"/>'s first repeat, one in seven failed.
/// </summary>
internal static class ManyCombinationsSeed
{
    public const string RunId = "many-combinations";

    public static async Task SeedAsync(WebTestEnvironment environment, CancellationToken cancellationToken)
    {
        var now = new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);
        string[] models = ["simulated-gpt", "model-b", "model-c", "model-d"];
        string[] prompts = ["direct-evidence", "direct-b", "direct-c"];
        var trials = Enumerable.Range(1, 4).Select(i => $"NCT-MANY-{i}").ToList();
        var spec = new RunSpec { Name = "many", PromptKeys = prompts, ModelKeys = models, TrialIds = trials, Pipeline = PipelineKind.Direct, Repeats = 3 };
        var transitions = new TaskStatusTransitions(TimeProvider.System);
        var tasks = (from model in models
                     from prompt in prompts
                     from trial in trials
                     from repeat in Enumerable.Range(0, 3)
                     select new BenchmarkTask($"{RunId}/r{repeat}/{trial}/{model}/{prompt}", $"task {repeat}", now, RunId, PipelineKind.Direct, [prompt], model, trial, repeat)).ToList();
        foreach (var task in tasks)
        {
            transitions.Apply(task, TrackedTaskStatus.Queued);
        }

        var database = environment.Database;
        await database.Runs.CreateAsync(new NewRun(RunId, spec, new Dictionary<string, string>(), now), tasks, cancellationToken);
        var scoring = environment.Engine.Workspace.Scoring;
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            var gold = ResultsSeed.Gold with { TrialId = task.TrialId };
            var failed = i % 7 == 0;
            var prediction = new Prediction([new Entity("HER2-positive", "biomarker"), new Entity("trastuzumab", "medication")], []);
            var usage = UsageTotals.None with { Calls = 1, InputTokens = 1000, OutputTokens = 100, Cost = 0.001m, Latency = TimeSpan.FromMilliseconds(100 + i) };
            var outcome = failed
                ? new AttemptOutcome(usage, [], [], ScoreReport: TaskScore.ForFailure(gold, FailureClass.InvalidJson, scoring, task.RepeatIndex).Report, FailureClass: FailureClass.InvalidJson, FailureMessage: "not JSON")
                : new AttemptOutcome(usage, [], [], prediction, Scorer.Score(ResultsSeed.Sections, gold, prediction, scoring), ValidationPassed: true);
            await database.Tasks.ClaimAsync(task, cancellationToken);
            await database.Tasks.FinishAsync(task, failed ? TrackedTaskStatus.Failed : TrackedTaskStatus.Completed, outcome, cancellationToken: cancellationToken);
        }
    }
}
