using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Trials;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Results;

/// <summary>
/// A stored run whose tasks ended every way a task can: two models × two pipelines × three trials, completed with a
/// real score report (alignments, per-type counts), failed with the report of an empty prediction, failed before any
/// call (no report), cancelled while waiting, and still queued. Another run sits beside it.
/// </summary>
internal static class ResultsSeed
{
    public const string RunId = "run-1";
    public const string OtherRunId = "run-2";

    private static readonly ScoringOptions Scoring = new(McodeVocabularyLoader.Default);
    private static readonly TrialSection[] Sections = [new("eligibility", "HER2-positive breast cancer treated with trastuzumab.")];

    public static async Task<IReadOnlyList<(BenchmarkTask Task, ScoreReport? Report)>> SeedAsync(BenchDatabase db, TaskStatusTransitions transitions, DateTime now, CancellationToken cancellationToken)
    {
        var tasks = new List<BenchmarkTask>();
        foreach (var pipeline in new[] { PipelineKind.TwoStep, PipelineKind.Direct })
        {
            foreach (var model in new[] { "model-a", "model-b" })
            {
                for (var trial = 0; trial < 3; trial++)
                {
                    tasks.Add(TestData.Task(RunId, trial, now, model: model, pipeline: pipeline));
                }
            }
        }

        foreach (var task in tasks)
        {
            transitions.Apply(task, TrackedTaskStatus.Queued);
        }

        await db.Runs.CreateAsync(TestData.Run(RunId, now), tasks, cancellationToken);
        var other = TestData.Task(OtherRunId, 0, now);
        transitions.Apply(other, TrackedTaskStatus.Queued);
        await db.Runs.CreateAsync(TestData.Run(OtherRunId, now.AddMinutes(1)), [other], cancellationToken);
        await db.Tasks.ClaimAsync(other, cancellationToken);
        await db.Tasks.FinishAsync(other, TrackedTaskStatus.Completed, Completed(other, [new Entity("trastuzumab", "medication")]), cancellationToken: cancellationToken);

        var results = new List<(BenchmarkTask, ScoreReport?)>();
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            var trial = i % 3;
            var outcome = (task.ModelKey, trial) switch
            {
                (_, 2) when task.Pipeline == PipelineKind.Direct => null, // left queued
                ("model-b", 1) => FailedWithReport(task),
                ("model-a", 2) => AttemptOutcome.Nothing(FailureClass.ProviderError, "503 from the provider"),
                ("model-a", _) => Completed(task, [new Entity("HER2-positive", "biomarker"), new Entity("trastuzumab", "medication")]),
                _ => Completed(task, [new Entity("HER2-positive", "biomarker"), new Entity("aspirin", "medication")]),
            };
            if (outcome is null)
            {
                if (task.ModelKey == "model-b")
                {
                    await db.Tasks.TransitionAsync(task, TrackedTaskStatus.Cancelled, "stopped by the user", cancellationToken);
                }

                results.Add((task, null));
                continue;
            }

            await db.Tasks.ClaimAsync(task, cancellationToken);
            var to = outcome.FailureClass is null ? TrackedTaskStatus.Completed : TrackedTaskStatus.Failed;
            Assert.Equal(TaskWriteResult.Written, await db.Tasks.FinishAsync(task, to, outcome, cancellationToken: cancellationToken));
            results.Add((task, outcome.ScoreReport));
        }

        return results;
    }

    private static GoldStandard Gold(BenchmarkTask task) => new(
        task.TrialId,
        [new Entity("HER2-positive", "biomarker", new TextSpan("eligibility", 0, 13)), new Entity("trastuzumab", "medication", new TextSpan("eligibility", 41, 52))],
        []);

    private static AttemptOutcome Completed(BenchmarkTask task, IReadOnlyList<Entity> predicted)
    {
        var prediction = new Prediction(predicted, []);
        var usage = UsageTotals.None with { Calls = 2, InputTokens = 1000 + task.TrialId.Length, OutputTokens = 90, Cost = 0.0125m, Latency = TimeSpan.FromMilliseconds(200 + (10 * task.RepeatIndex)) };
        return new AttemptOutcome(usage, [], [], prediction, Scorer.Score(Sections, Gold(task), prediction, Scoring), ValidationPassed: true);
    }

    private static AttemptOutcome FailedWithReport(BenchmarkTask task) => new(
        UsageTotals.None with { Calls = 1, InputTokens = 1000, Latency = TimeSpan.FromMilliseconds(900) },
        [],
        [],
        ScoreReport: TaskScore.ForFailure(Gold(task), FailureClass.InvalidJson, Scoring).Report,
        FailureClass: FailureClass.InvalidJson,
        FailureMessage: "not JSON",
        ValidationPassed: false);
}
