using System.Text.Json;
using System.Text.RegularExpressions;
using McodeBench.Core.Annotations;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tests.Support;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Scoring;

/// <summary>
/// Real ClinicalTrials.gov eligibility texts (shared reference data): a prediction that quotes exactly the gold texts,
/// without spans, must anchor back onto the gold spans and score perfectly in every scheme.
/// </summary>
public sealed partial class ReferenceTrialScoringTests
{
    [Fact]
    public void Quoting_the_gold_texts_without_spans_scores_perfectly_on_real_trial_texts()
    {
        var path = RepositoryPaths.RequireReference("ctgov", "studies.ndjson");
        var random = new Random(2024);
        var options = TestVocabulary.Options();
        var scored = 0;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var study = JsonDocument.Parse(line);
            var protocol = study.RootElement.GetProperty("protocolSection");
            var id = protocol.GetProperty("identificationModule").GetProperty("nctId").GetString()!;
            if (!protocol.TryGetProperty("eligibilityModule", out var eligibility)
                || !eligibility.TryGetProperty("eligibilityCriteria", out var criteria)
                || criteria.GetString() is not { Length: > 0 } text)
            {
                continue;
            }

            IReadOnlyList<TrialSection> sections = [new(SectionNames.Eligibility, text)];
            var words = SpaceDelimitedWord().Matches(text).ToList();
            var gold = Enumerable.Range(0, Math.Min(15, words.Count))
                .Select(_ =>
                {
                    var first = random.Next(words.Count);
                    var last = Math.Min(words.Count - 1, first + random.Next(3));
                    var start = words[first].Index;
                    var end = words[last].Index + words[last].Length;
                    return new Entity(text[start..end], random.Next(2) == 0 ? "condition" : "biomarker", new TextSpan(SectionNames.Eligibility, start, end));
                })
                .ToList();
            var prediction = new Prediction(gold.Select(g => g with { Span = null }).OrderBy(_ => random.Next()).ToList(), []);

            var report = Scorer.Score(sections, new GoldStandard(id, gold, []), prediction, options);

            foreach (var scheme in Enum.GetValues<EntityScheme>())
            {
                var counts = report.Entities.Get(scheme);
                Assert.True(counts.Cor == gold.Count, $"{id} {scheme}: {counts} for {gold.Count} gold entities");
            }

            Assert.Empty(report.Diagnostics);
            scored++;
        }

        Assert.True(scored > 50, $"only {scored} trials had eligibility text");
    }

    /// <summary>ASCII words with a space or the text's edge on both sides, so their boundaries survive normalisation.</summary>
    [GeneratedRegex(@"(?<=^|[ \n])[A-Za-z0-9]+(?=$|[ \n])", RegexOptions.Multiline)]
    private static partial Regex SpaceDelimitedWord();
}
