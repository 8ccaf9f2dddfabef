using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;

namespace McodeBench.Engine.Tests.Persistence.Support;

/// <summary>Runs, tasks, outcomes and score reports with known contents.</summary>
public static class TestData
{
    public static RunSpec Spec(string name = "test run", TaskPriority priority = TaskPriority.Normal) => new()
    {
        Name = name,
        PromptKeys = ["extract-*", "tag:mapping"],
        ModelKeys = ["model-a", "model-b"],
        TrialIds = ["NCT00000001"],
        Repeats = 2,
        Priority = priority,
        Concurrency = 8,
        ModelConcurrency = new Dictionary<string, int> { ["model-a"] = 3 },
        Ranking = new RankingMetric(RankingMeasure.F1, RankingTarget.Mapping, EntityScheme.Strict),
        TopN = 5,
    };

    public static NewRun Run(string id, DateTime createdUtc, TaskPriority priority = TaskPriority.Normal) =>
        new(id, Spec($"run {id}", priority), new Dictionary<string, string> { ["prompts"] = "3", ["models"] = "sha256:abc" }, createdUtc);

    public static IEnumerable<BenchmarkTask> Tasks(string runId, int count, DateTime createdUtc, TaskPriority priority = TaskPriority.Normal, string model = "model-a")
    {
        for (var i = 0; i < count; i++)
        {
            yield return Task(runId, i, createdUtc, priority, model);
        }
    }

    public static BenchmarkTask Task(string runId, int index, DateTime createdUtc, TaskPriority priority = TaskPriority.Normal, string model = "model-a", PipelineKind pipeline = PipelineKind.TwoStep)
    {
        var trial = $"NCT{index:D8}";
        string[] prompts = pipeline == PipelineKind.TwoStep ? ["extract-v1", "map-v1"] : ["direct-v1"];
        return new BenchmarkTask(
            $"{runId}/r0/{trial}/{model}/{string.Join('+', prompts)}",
            $"{trial} · {model} · {string.Join(" → ", prompts)} #1",
            createdUtc,
            runId,
            pipeline,
            prompts,
            model,
            trial,
            repeatIndex: 0,
            priority,
            description: "a test task",
            tags: [$"run:{runId}", $"model:{model}"]);
    }

    public static ScoreReport Report(string trialId, int correct, int spurious, int missed, int mappings = 2, int passing = 1) => new(
        trialId,
        new EntitySchemes<OutcomeCounts>(new(correct, 0, 0, missed, spurious), new(correct, 0, 0, missed, spurious), new(correct, 0, 0, missed, spurious), new(correct + 1, 0, 0, missed - 1 < 0 ? 0 : missed - 1, spurious)),
        new MappingSchemes<OutcomeCounts>(new(1, 0, 0, 1, 0), new(2, 0, 0, 0, 0)),
        new ComplianceSummary(mappings, passing, new Dictionary<string, int> { ["element_known"] = mappings - passing }),
        0,
        new Dictionary<string, EntitySchemes<OutcomeCounts>>(),
        new Dictionary<string, MappingSchemes<OutcomeCounts>>(),
        [],
        [],
        []);

    public static PipelineStepRecord Step(string step, DateTimeOffset startedAt) => new(
        step,
        $"Prompt for {step}: find the cancer.",
        "{\"entities\":[{\"text\":\"breast cancer\",\"type\":\"condition\"}]}",
        "stop",
        new CallUsage(1200, 80, 1024, false, 0.0042m, TimeSpan.FromMilliseconds(350), 2),
        TimeSpan.FromMilliseconds(360),
        startedAt,
        "model-a-2026",
        step == "mapping" ? "[{\"id\":\"e1\"}]" : null);

    public static Prediction Prediction() => new(
        [new Entity("breast cancer", "condition", new TextSpan("eligibility", 10, 23), Criterion.Inclusion, false, "e1")],
        [new Mapping("CancerConditionCode", "breast cancer", new CodeRef("http://snomed.info/sct", "254837009", "Breast cancer"), "e1")]);

    public static AttemptOutcome Success(string trialId, DateTimeOffset startedAt)
    {
        IReadOnlyList<PipelineStepRecord> steps = [Step("extraction", startedAt), Step("mapping", startedAt.AddSeconds(1))];
        return new AttemptOutcome(
            UsageTotals.FromCalls(steps.Select(s => s.Usage!)),
            steps,
            ["mapping 2 had no code"],
            Prediction(),
            Report(trialId, correct: 3, spurious: 1, missed: 1),
            ValidationPassed: true,
            ResultSummary: "1 entity, 1 mapping");
    }

    public static AttemptOutcome Failure(FailureClass failure, string message = "the provider said 503") =>
        new(UsageTotals.None, [], [], FailureClass: failure, FailureMessage: message);
}
