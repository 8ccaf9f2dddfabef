using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Models;
using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Trials;

namespace McodeBench.Bench.Statistics;

/// <summary>
/// A known noise process for the statistics-calibration scenario, shaped like the simulator's content noise
/// (src/McodeBench.Simulator/Noise: drop a finding, shift its boundary, invent one) plus what makes trials the right
/// resampling unit: a per-trial difficulty shared by every repeat and every model on that trial. Predictions are scored
/// by the real <see cref="Scorer"/> (anchoring, alignment and all), so the figures are real micro F1s.
/// </summary>
internal sealed class NoisyExtraction
{
    private const double DropShare = 0.2;
    private const double BoundaryShiftShare = 0.1;
    private const double WrongTypeShare = 0.1;
    private const double InventShare = 0.15;

    private static readonly (string Text, string Type)[] Terms =
    [
        ("HER2-positive", "biomarker"), ("ER-negative", "biomarker"), ("PD-L1 expression", "biomarker"), ("EGFR mutation", "genomic_variant"),
        ("ALK rearrangement", "genomic_variant"), ("trastuzumab", "medication"), ("pembrolizumab", "medication"), ("cisplatin", "medication"),
        ("osimertinib", "medication"), ("breast cancer", "condition"), ("non-small cell lung cancer", "condition"), ("melanoma", "condition"),
        ("stage IV", "stage"), ("ECOG 0-1", "performance_status"), ("mastectomy", "surgery"), ("whole brain radiotherapy", "radiotherapy"),
    ];

    private static readonly string[] Invented = ["nivolumab", "glioblastoma", "BRCA1 carrier", "stage II", "lobectomy"];

    private readonly ScoringOptions scoring = new(McodeVocabularyLoader.Default);

    /// <summary>A trial of 3–10 findings and its difficulty (added to the drop share for every model and repeat).</summary>
    public static SyntheticTrial Trial(string id, Random random)
    {
#pragma warning disable CA5394 // Simulation randomness, seeded on purpose.
        var text = new System.Text.StringBuilder("Eligibility: ");
        var entities = new List<Entity>();
        var count = random.Next(3, 11);
        for (var i = 0; i < count; i++)
        {
            var (term, type) = Terms[random.Next(Terms.Length)];
            var start = text.Length;
            text.Append(term);
            entities.Add(new Entity(term, type, new TextSpan("eligibility", start, start + term.Length)));
            text.Append(i % 2 == 0 ? " with " : "; patients receiving ");
        }

        return new SyntheticTrial(
            id,
            [new TrialSection("eligibility", text.ToString())],
            new GoldStandard(id, entities, []),
            Difficulty: (random.NextDouble() * 0.45) - 0.15);
#pragma warning restore CA5394
    }

    /// <summary>One noisy extraction of a trial by a model, scored, as a leaderboard entry.</summary>
    public LeaderboardEntry Task(SyntheticTrial trial, string model, int repeat, Random random)
    {
#pragma warning disable CA5394
        var predicted = new List<Entity>();
        var drop = Math.Clamp(DropShare + trial.Difficulty, 0, 0.95);
        foreach (var gold in trial.Gold.Entities)
        {
            if (random.NextDouble() < drop)
            {
                continue;
            }

            var text = random.NextDouble() < BoundaryShiftShare ? gold.Text[..^2] : gold.Text;
            var type = random.NextDouble() < WrongTypeShare ? Terms[random.Next(Terms.Length)].Type : gold.Type;
            predicted.Add(new Entity(text, type));
            if (random.NextDouble() < InventShare)
            {
                predicted.Add(new Entity(Invented[random.Next(Invented.Length)], "condition"));
            }
        }
#pragma warning restore CA5394

        var report = Scorer.Score(trial.Sections, trial.Gold, new Prediction(predicted, []), scoring);
        var task = new BenchmarkTask($"{model}-{trial.Id}-{repeat}", "t", new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), "calibration", PipelineKind.Direct, ["direct-evidence"], model, trial.Id, repeat);
        return new LeaderboardEntry(task, new TaskScore(report, repeat), UsageTotals.None, null);
    }
}
