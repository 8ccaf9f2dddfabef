using McodeBench.Core.Annotations;
using McodeBench.Core.Execution;
using McodeBench.Core.Library;
using McodeBench.Core.Mcode;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Reports.Tables;

/// <summary>
/// A run simple enough to work out by hand (entity type scheme; gold: "HER2-positive" biomarker, "trastuzumab" medication;
/// one prompt, "direct-evidence"):
/// the simulated model "sim" in three repeats: repeat 0 predicts both (F1 1; $0.01, 200 ms), repeat 1 predicts
/// "HER2-positive" and a spurious "aspirin" medication (F1 0.5; $0.02, 400 ms, one cache hit worth $0.005), repeat 2
/// fails with invalid JSON (an empty prediction: P undefined, R 0, F1 0; 900 ms);
/// "good" predicts both once (F1 1; 100 ms); "half" predicts "HER2-positive" only (P 1, R 0.5, F1 2/3; 100 ms).
/// Nothing is mapped, so compliance is undefined.
/// </summary>
internal static class ResultsFixture
{
    public const string Prompt = "direct-evidence";

    private static readonly TrialSection[] Sections = [new("eligibility", "HER2-positive breast cancer treated with trastuzumab.")];

    private static readonly GoldStandard Gold = new(
        "NCT1",
        [new Entity("HER2-positive", "biomarker", new TextSpan("eligibility", 0, 13)), new Entity("trastuzumab", "medication", new TextSpan("eligibility", 41, 52))],
        []);

    private static readonly ScoringOptions Options = new(McodeVocabularyLoader.Default);

    public static ModelLibrary Models { get; } = new(
    [
        Model("sim", ProviderKind.Simulator),
        Model("good", ProviderKind.RulesBaseline),
        Model("half", ProviderKind.RulesBaseline),
    ]);

    /// <summary>The three repeats of "sim".</summary>
    public static IReadOnlyList<LeaderboardEntry> Simulated { get; } =
    [
        Entry("sim", 0, [Her2, Trastuzumab], 0.01m, 0m, cacheHits: 0, latencyMs: 200),
        Entry("sim", 1, [Her2, new Entity("aspirin", "medication")], 0.02m, 0.005m, cacheHits: 1, latencyMs: 400),
        Failed("sim", 2, latencyMs: 900),
    ];

    /// <summary>"sim" and "good".</summary>
    public static IReadOnlyList<LeaderboardEntry> SimulatedAndGood { get; } = [.. Simulated, Entry("good", 0, [Her2, Trastuzumab], 0m, 0m, cacheHits: 0, latencyMs: 100)];

    /// <summary>"sim" and "half".</summary>
    public static IReadOnlyList<LeaderboardEntry> SimulatedAndHalf { get; } = [.. Simulated, Entry("half", 0, [Her2], 0m, 0m, cacheHits: 0, latencyMs: 100)];

    private static Entity Her2 => new("HER2-positive", "biomarker");

    private static Entity Trastuzumab => new("trastuzumab", "medication");

    private static LeaderboardEntry Entry(string model, int repeat, IReadOnlyList<Entity> predicted, decimal cost, decimal wouldBe, int cacheHits, int latencyMs)
    {
        var prediction = new Prediction(predicted, []);
        var result = PipelineResult.Success(DirectPipeline.PipelineName, prediction, [], []);
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
        return LeaderboardEntry.From(Task(model, repeat), new TaskExecution(result, new TaskScore(Scorer.Score(Sections, Gold, prediction, Options), repeat), usage));
    }

    private static LeaderboardEntry Failed(string model, int repeat, int latencyMs)
    {
        var result = PipelineResult.Failed(DirectPipeline.PipelineName, new PipelineFailure(FailureClass.InvalidJson, "not JSON", "direct"), [], []);
        var usage = UsageTotals.None with { Calls = 1, InputTokens = 500, Latency = TimeSpan.FromMilliseconds(latencyMs) };
        return LeaderboardEntry.From(Task(model, repeat), new TaskExecution(result, TaskScore.ForFailure(Gold, FailureClass.InvalidJson, Options, repeat), usage));
    }

    private static BenchmarkTask Task(string model, int repeat) =>
        new($"run-1/r{repeat}/NCT1/{model}", "t", new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc), "run-1", PipelineKind.Direct, [Prompt], model, "NCT1", repeat);

    private static ModelDefinition Model(string key, ProviderKind provider) =>
        new(key, provider, provider == ProviderKind.Simulator ? "http://127.0.0.1:5199/v1" : null, key, null, new GenerationParameters(), ModelPricing.Free, null, 1, TimeSpan.FromSeconds(30), provider == ProviderKind.Simulator ? ["simulated"] : []);
}
