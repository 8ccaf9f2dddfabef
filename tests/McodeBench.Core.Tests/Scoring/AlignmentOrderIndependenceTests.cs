using McodeBench.Core.Annotations;
using McodeBench.Core.Scoring;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Scoring;

/// <summary>Property-style: shuffling gold or predictions never changes a count (fixed seeds, many random cases).</summary>
public sealed class AlignmentOrderIndependenceTests
{
    private static readonly string[] Words = ["her2", "positive", "breast", "cancer", "er", "stage", "iv", "trastuzumab", "metastatic", "disease", "no", "prior"];
    private static readonly string[] Types = ["biomarker", "condition", "medication", "drug", "stage"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Shuffling_either_list_changes_no_count(int seed)
    {
        var random = new Random(seed);
        var options = TestVocabulary.Options();
        for (var trialCase = 0; trialCase < 20; trialCase++)
        {
            var sections = RandomSections(random);
            var gold = RandomGold(random, sections);
            var predictions = RandomPredictions(random, sections, gold);
            var expected = Scorer.Score(sections, new GoldStandard("NCT", gold, []), new Prediction(predictions, []), options);

            for (var shuffle = 0; shuffle < 30; shuffle++)
            {
                var shuffledGold = gold.OrderBy(_ => random.Next()).ToList();
                var shuffledPredictions = predictions.OrderBy(_ => random.Next()).ToList();
                var report = Scorer.Score(sections, new GoldStandard("NCT", shuffledGold, []), new Prediction(shuffledPredictions, []), options);

                Assert.Equal(expected.Entities, report.Entities);
                Assert.Equal(expected.PerEntityType, report.PerEntityType);
                Assert.Equal(expected.Unsupported, report.Unsupported);
            }
        }
    }

    [Fact]
    public void Counts_are_consistent_with_the_list_sizes()
    {
        var random = new Random(11);
        var options = TestVocabulary.Options();
        for (var trialCase = 0; trialCase < 50; trialCase++)
        {
            var sections = RandomSections(random);
            var gold = RandomGold(random, sections);
            var predictions = RandomPredictions(random, sections, gold);

            var report = Scorer.Score(sections, new GoldStandard("NCT", gold, []), new Prediction(predictions, []), options);

            foreach (var scheme in Enum.GetValues<EntityScheme>())
            {
                var counts = report.Entities.Get(scheme);
                Assert.Equal(gold.Count, counts.Pos);
                Assert.Equal(predictions.Count, counts.Act);
                Assert.True(counts.Spu >= report.Unsupported);
            }

            // Alignment is shared by the schemes: pairs, misses and spurious items are the same in all four.
            Assert.Equal(report.Entities.Strict.Mis, report.Entities.Type.Mis);
            Assert.Equal(report.Entities.Strict.Spu, report.Entities.Partial.Spu);
        }
    }

    private static List<TrialSection> RandomSections(Random random) =>
    [
        new("brief_title", RandomSentence(random, 6)),
        new("eligibility", RandomSentence(random, 30)),
    ];

    private static string RandomSentence(Random random, int words) =>
        string.Join(random.Next(3) == 0 ? "-" : " ", Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static List<Entity> RandomGold(Random random, List<TrialSection> sections)
    {
        var gold = new List<Entity>();
        for (var i = random.Next(0, 7); i > 0; i--)
        {
            var section = sections[random.Next(sections.Count)];
            var start = random.Next(0, section.Text.Length - 1);
            var end = Math.Min(section.Text.Length, start + random.Next(1, 20));
            gold.Add(new Entity(section.Text[start..end], Types[random.Next(Types.Length)], new TextSpan(section.Name, start, end)));
        }

        return gold;
    }

    private static List<Entity> RandomPredictions(Random random, List<TrialSection> sections, List<Entity> gold)
    {
        var predictions = new List<Entity>();
        for (var i = random.Next(0, 8); i > 0; i--)
        {
            var type = Types[random.Next(Types.Length)];
            var text = random.Next(4) switch
            {
                0 when gold.Count > 0 => gold[random.Next(gold.Count)].Text,
                1 => Words[random.Next(Words.Length)],
                2 => Words[random.Next(Words.Length)] + " " + Words[random.Next(Words.Length)],
                _ => "pertuzumab",
            };
            predictions.Add(random.Next(5) == 0 && sections[1].Text.Length > 10
                ? new Entity(sections[1].Text[2..9], type, new TextSpan("eligibility", 2, 9))
                : new Entity(text, type));
        }

        return predictions;
    }
}
