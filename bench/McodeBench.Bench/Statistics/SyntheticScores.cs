using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Models;
using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;

namespace McodeBench.Bench.Statistics;

/// <summary>
/// A large run's stored results for the statistics-speed scenario: combinations × trials × repeats of score reports
/// with random counts and a few predicted entities and mappings each (what stability reads), seeded.
/// </summary>
internal static class SyntheticScores
{
    private static readonly string[] Types = ["biomarker", "medication", "condition", "stage"];
    private static readonly string[] Elements = ["PrimaryCancerCondition", "TumorMarkerTest", "CancerRelatedMedicationStatement"];

#pragma warning disable CA5394 // Bench data, seeded on purpose.
    public static List<LeaderboardEntry> Run(int combinations, int trials, int repeats, int seed)
    {
        var random = new Random(seed);
        var entries = new List<LeaderboardEntry>(combinations * trials * repeats);
        var created = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var c = 0; c < combinations; c++)
        {
            var model = $"model-{c % 10:D2}";
            var prompt = $"prompt-{c / 10:D2}";
            var skill = 0.5 + (0.3 * random.NextDouble());
            for (var t = 0; t < trials; t++)
            {
                var trial = $"NCT{t:D8}";
                for (var r = 0; r < repeats; r++)
                {
                    var task = new BenchmarkTask($"{c}-{t}-{r}", "t", created, "bench-run", PipelineKind.Direct, [prompt], model, trial, r);
                    var report = Report(trial, skill, random);
                    var usage = UsageTotals.None with { Cost = random.Next(100, 900) / 100_000m, Latency = TimeSpan.FromMilliseconds(random.Next(200, 4000)) };
                    entries.Add(new LeaderboardEntry(task, new TaskScore(report, r), usage, null));
                }
            }
        }

        return entries;
    }

    private static ScoreReport Report(string trial, double skill, Random random)
    {
        var gold = random.Next(2, 15);
        var cor = Binomial(gold, skill, random);
        var inc = Binomial(gold - cor, 0.3, random);
        var counts = new OutcomeCounts(cor, inc, 0, gold - cor - inc, random.Next(0, 4));
        var mappingCounts = new OutcomeCounts(cor / 2, inc / 2, 0, (gold / 2) - (cor / 2) - (inc / 2), random.Next(0, 3));
        var entityRows = Enumerable.Range(0, 4).Select(_ =>
        {
            var start = random.Next(0, 8) * 10;
            var type = Types[random.Next(Types.Length)];
            return new EntityAlignmentRow(null, 0, null, new Entity("x", type), new TextSpan("eligibility", start, start + 5), EntityMatchClass.None, type, false,
                new EntitySchemes<OutcomeClass>(OutcomeClass.Spu, OutcomeClass.Spu, OutcomeClass.Spu, OutcomeClass.Spu));
        }).ToList();
        var mappingRows = Enumerable.Range(0, 2).Select(_ =>
        {
            var element = Elements[random.Next(Elements.Length)];
            return new MappingAlignmentRow(null, 0, null, new Mapping(element, $"value {random.Next(0, 3)}"), MappingMatchClass.None, element,
                new MappingSchemes<OutcomeClass>(OutcomeClass.Spu, OutcomeClass.Spu));
        }).ToList();
        return new ScoreReport(
            trial,
            new EntitySchemes<OutcomeCounts>(counts, counts, counts, counts),
            new MappingSchemes<OutcomeCounts>(mappingCounts, mappingCounts),
            new ComplianceSummary(mappingCounts.Act, mappingCounts.Cor, ComplianceSummary.Empty.FailuresByCheck),
            0,
            new Dictionary<string, EntitySchemes<OutcomeCounts>>(),
            new Dictionary<string, MappingSchemes<OutcomeCounts>>(),
            entityRows,
            mappingRows,
            []);
    }

    private static int Binomial(int n, double p, Random random)
    {
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            k += random.NextDouble() < p ? 1 : 0;
        }

        return k;
    }
#pragma warning restore CA5394
}
