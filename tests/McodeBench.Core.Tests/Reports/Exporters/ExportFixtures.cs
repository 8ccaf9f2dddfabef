using McodeBench.Core.Library;
using McodeBench.Core.Mcode;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Reports;
using McodeBench.Core.Reports.Exporters;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using Microsoft.Extensions.Time.Testing;

namespace McodeBench.Core.Tests.Reports.Exporters;

/// <summary>Hand-built rows with known figures: a scored task, a failed unscored one, one whose text looks like formulas, and a leaderboard.</summary>
internal static class ExportFixtures
{
    public static readonly DateTime Started = new(2026, 11, 27, 9, 30, 0, DateTimeKind.Utc);

    public static ExportedRun Run { get; } = new("run-42", "nightly | <b>bench</b>", new RankingMetric(RankingMeasure.F1, RankingTarget.Entity, EntityScheme.Strict), new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc));

    public static ModelLibrary Models { get; } = new(
    [
        new ModelDefinition("gpt-real", ProviderKind.OpenAICompatible, "https://example.invalid/v1", "gpt", null, new GenerationParameters(), ModelPricing.Free, null, 1, TimeSpan.FromSeconds(30), []),
        new ModelDefinition("simulated-gpt", ProviderKind.Simulator, "http://127.0.0.1:5199/v1", "sim", null, new GenerationParameters(), ModelPricing.Free, null, 1, TimeSpan.FromSeconds(30), ["simulated"]),
    ]);

    /// <summary>Entities strict 3 COR, 1 MIS, 1 SPU (P = R = F1 = 0.75); no mappings at all (every mapping figure undefined); compliance undefined.</summary>
    public static ScoreReport Report(string trialId) => new(
        trialId,
        new EntitySchemes<OutcomeCounts>(new(3, 0, 0, 1, 1), new(3, 0, 0, 1, 1), new(3, 0, 1, 0, 1), new(4, 0, 0, 0, 1)),
        new MappingSchemes<OutcomeCounts>(OutcomeCounts.Zero, OutcomeCounts.Zero),
        ComplianceSummary.Empty,
        1,
        new Dictionary<string, EntitySchemes<OutcomeCounts>>(),
        new Dictionary<string, MappingSchemes<OutcomeCounts>>(),
        [],
        [],
        []);

    public static TaskResultRow Scored() => new(
        Finished(Task("t-1", "NCT00000001", "gpt-real", PipelineKind.TwoStep, ["extract-v1", "map-v1"]), TrackedTaskStatus.Completed, new UsageTotals(2, 1, 1200, 80, 1024, 600, 40, 0.0042m, 0.0021m, TimeSpan.FromMilliseconds(350.5)), null),
        Report("NCT00000001"),
        Simulated: false);

    public static TaskResultRow FailedUnscored() => new(
        Finished(Task("t-2", "NCT00000002", "simulated-gpt", PipelineKind.Direct, ["direct-v1"]), TrackedTaskStatus.Failed, UsageTotals.None with { Calls = 1 }, FailureClass.InvalidJson),
        null,
        Simulated: true);

    /// <summary>Text cells that a spreadsheet would run as formulas, and a negative cost, which is a number and must stay one.</summary>
    public static TaskResultRow FormulaLooking() => new(
        Finished(Task("@t-3", "+NCT3", "=HYPERLINK(\"http://x\",\"click\")", PipelineKind.TwoStep, ["-extract", "\tmap, \"quoted\""]), TrackedTaskStatus.Completed, UsageTotals.None with { Cost = -0.5m, Latency = TimeSpan.FromMilliseconds(-0.5) }, null),
        null,
        Simulated: false);

    public static IReadOnlyList<TaskResultRow> Tasks() => [Scored(), FailedUnscored(), FormulaLooking()];

    public static IReadOnlyList<LeaderboardRow> Leaderboard()
    {
        LeaderboardEntry Entry(string id, string trial, string model, int repeat, FailureClass? failure = null)
        {
            var task = Task(id, trial, model, PipelineKind.TwoStep, ["extract-v1", "map-v1"], repeat);
            var usage = UsageTotals.None with { Calls = 2, InputTokens = 100, OutputTokens = 10, Cost = 0.01m, Latency = TimeSpan.FromMilliseconds((100 * (repeat + 1)) + (trial == "NCT2" ? 200 : 0)) };
            var report = failure is null ? Report(trial) : Report(trial) with { Entities = new EntitySchemes<OutcomeCounts>(new(0, 0, 0, 4, 0), new(0, 0, 0, 4, 0), new(0, 0, 0, 4, 0), new(0, 0, 0, 4, 0)) };
            return new LeaderboardEntry(task, new TaskScore(report, repeat, failure), usage, failure);
        }

        return Core.Reports.Leaderboard.Build(
            [
                Entry("a1", "NCT1", "gpt-real", 0),
                Entry("a2", "NCT1", "gpt-real", 1),
                Entry("b1", "NCT1", "simulated-gpt", 0),
                Entry("b2", "NCT2", "simulated-gpt", 0, FailureClass.Timeout),
            ],
            Models,
            Run.Ranking);
    }

    public static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await System.Threading.Tasks.Task.Yield();
            yield return item;
        }
    }

    private static BenchmarkTask Task(string id, string trial, string model, PipelineKind pipeline, IReadOnlyList<string> prompts, int repeat = 0) =>
        new(id, id, Started.AddMinutes(-5), "run-42", pipeline, prompts, model, trial, repeat);

    private static BenchmarkTask Finished(BenchmarkTask task, TrackedTaskStatus to, UsageTotals usage, FailureClass? failure)
    {
        var clock = new FakeTimeProvider(Started);
        var transitions = new TaskStatusTransitions(clock);
        transitions.Apply(task, TrackedTaskStatus.Queued);
        transitions.Apply(task, TrackedTaskStatus.Running);
        clock.Advance(TimeSpan.FromSeconds(2));
        transitions.Apply(task, to, to == TrackedTaskStatus.Failed ? "not JSON" : null);
        task.RecordOutcome(usage, failure is null, failure, null);
        return task;
    }
}
