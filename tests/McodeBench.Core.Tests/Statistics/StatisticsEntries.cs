using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Models;
using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;

namespace McodeBench.Core.Tests.Statistics;

/// <summary>Hand-made leaderboard entries: a score report with chosen counts (the same in every entity and mapping scheme).</summary>
internal static class StatisticsEntries
{
    /// <summary>One task with COR/INC/PAR/MIS/SPU counts in every scheme, and its cost and latency.</summary>
    public static LeaderboardEntry Entry(
        string model,
        string trial,
        int repeat,
        (int Cor, int Inc, int Par, int Mis, int Spu) counts,
        decimal cost = 0m,
        double latencyMs = 0,
        IReadOnlyList<EntityAlignmentRow>? entityRows = null,
        IReadOnlyList<MappingAlignmentRow>? mappingRows = null,
        string prompt = "direct-evidence")
    {
        var outcome = new OutcomeCounts(counts.Cor, counts.Inc, counts.Par, counts.Mis, counts.Spu);
        var report = new ScoreReport(
            trial,
            new EntitySchemes<OutcomeCounts>(outcome, outcome, outcome, outcome),
            new MappingSchemes<OutcomeCounts>(outcome, outcome),
            new ComplianceSummary(counts.Cor + counts.Spu, counts.Cor, ComplianceSummary.Empty.FailuresByCheck),
            0,
            new Dictionary<string, EntitySchemes<OutcomeCounts>>(),
            new Dictionary<string, MappingSchemes<OutcomeCounts>>(),
            entityRows ?? [],
            mappingRows ?? [],
            []);
        var usage = UsageTotals.None with { Cost = cost, Latency = TimeSpan.FromMilliseconds(latencyMs) };
        return new LeaderboardEntry(Task(model, trial, repeat, prompt), new TaskScore(report, repeat), usage, null);
    }

    public static BenchmarkTask Task(string model, string trial, int repeat, string prompt = "direct-evidence") =>
        new($"{model}-{trial}-{repeat}", "t", new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), "run-1", PipelineKind.Direct, [prompt], model, trial, repeat);

    /// <summary>A predicted entity as an alignment row (spurious, which is all stability reads: the prediction and its span).</summary>
    public static EntityAlignmentRow PredictedEntity(string type, int start, int end) =>
        new(null, 0, null, new Entity("x", type), new TextSpan("eligibility", start, end), EntityMatchClass.None, type, false,
            new EntitySchemes<OutcomeClass>(OutcomeClass.Spu, OutcomeClass.Spu, OutcomeClass.Spu, OutcomeClass.Spu));

    public static MappingAlignmentRow PredictedMapping(string element, string value) =>
        new(null, 0, null, new Mapping(element, value), MappingMatchClass.None, element,
            new MappingSchemes<OutcomeClass>(OutcomeClass.Spu, OutcomeClass.Spu));

    /// <summary>Random counts for property tests, from a seeded generator so every run sees the same data.</summary>
    public static List<LeaderboardEntry> RandomCombination(string model, int trials, int repeats, int seed)
    {
#pragma warning disable CA5394 // Test data, seeded on purpose.
        var random = new Random(seed);
        var entries = new List<LeaderboardEntry>();
        for (var t = 0; t < trials; t++)
        {
            for (var r = 0; r < repeats; r++)
            {
                var gold = random.Next(3, 12);
                var cor = random.Next(0, gold + 1);
                var inc = random.Next(0, gold - cor + 1);
                entries.Add(Entry(model, $"NCT{t:D4}", r, (cor, inc, 0, gold - cor - inc, random.Next(0, 4)), cost: random.Next(1, 5) / 1000m, latencyMs: random.Next(100, 900)));
            }
        }
#pragma warning restore CA5394

        return entries;
    }
}
