using McodeBench.Core.Annotations;
using McodeBench.Core.Library;
using McodeBench.Core.Mcode;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Trials;

namespace McodeBench.Tests.Web.Statistics;

/// <summary>
/// Leaderboard entries simple enough to reason about by hand. Every trial has the same text and gold ("HER2-positive"
/// biomarker, "trastuzumab" medication). A <see cref="Answer.Both"/> combination finds both on every trial (entity F1 =
/// 1); an <see cref="Answer.BiomarkerOnly"/> one finds only the biomarker (P = 1, R = 0.5, F1 = 2/3 on every trial).
/// </summary>
internal static class StatisticsFixture
{
    public const string Prompt = "direct-evidence";
    public const string SectionText = "HER2-positive breast cancer treated with trastuzumab.";

    public enum Answer
    {
        Both,
        BiomarkerOnly,
    }

    public static ScoringOptions Scoring { get; } = new(McodeVocabularyLoader.Default);

    public static ModelLibrary Models { get; } = new([]);

    public static IReadOnlyList<TrialSection> Sections { get; } = [new(SectionNames.Eligibility, SectionText)];

    public static string TrialId(int index) => FormattableString.Invariant($"NCT{index:00000000}");

    /// <summary>The tasks of one direct-pipeline combination on trials 0..trials−1, one repeat each unless said.</summary>
    public static IEnumerable<LeaderboardEntry> Entries(string runId, string model, Answer answer, int trials, int repeats = 1)
    {
        var now = new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);
        for (var t = 0; t < trials; t++)
        {
            var trialId = TrialId(t);
            var gold = new GoldStandard(
                trialId,
                [new Entity("HER2-positive", "biomarker", new TextSpan(SectionNames.Eligibility, 0, 13)), new Entity("trastuzumab", "medication", new TextSpan(SectionNames.Eligibility, 41, 52))],
                []);
            Entity[] predicted = answer == Answer.Both
                ? [new Entity("HER2-positive", "biomarker"), new Entity("trastuzumab", "medication")]
                : [new Entity("HER2-positive", "biomarker")];
            for (var r = 0; r < repeats; r++)
            {
                var task = new BenchmarkTask($"{runId}/r{r}/{trialId}/{model}/{Prompt}", "task", now, runId, PipelineKind.Direct, [Prompt], model, trialId, r);
                var report = Scorer.Score(Sections, gold, new Prediction(predicted, []), Scoring);
                yield return new LeaderboardEntry(task, new TaskScore(report, r), UsageTotals.None with { Calls = 1, Cost = 0.01m, Latency = TimeSpan.FromMilliseconds(100) }, null);
            }
        }
    }

    /// <summary>Trial records for <see cref="TrialStrata"/>: the first <paramref name="breast"/> trials have condition "Breast Cancer", the rest "Lung Cancer".</summary>
    public static IReadOnlyDictionary<string, Trial> Trials(int trials, int breast) =>
        Enumerable.Range(0, trials).ToDictionary(
            TrialId,
            t => new Trial(TrialId(t), "trial", Sections, [t < breast ? "Breast Cancer" : "Lung Cancer"], [], [TrialTags.Phase("PHASE2")]),
            StringComparer.Ordinal);
}
