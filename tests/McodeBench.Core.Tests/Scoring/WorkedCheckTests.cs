using System.Globalization;
using McodeBench.Core.Annotations;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Tests.Scoring;

/// <summary>The worked check of SCORING.md: every column of every scheme, in every order of the predictions and gold.</summary>
public sealed class WorkedCheckTests
{
    // The table of SCORING.md: scheme, COR, INC, PAR, MIS, SPU, P, R, F1.
    private static readonly (EntityScheme Scheme, int Cor, int Inc, int Par, int Mis, int Spu, string P, string R, string F1)[] Rows =
    [
        (EntityScheme.Strict, 2, 1, 0, 0, 1, "0.500", "0.667", "0.571"),
        (EntityScheme.Exact, 2, 1, 0, 0, 1, "0.500", "0.667", "0.571"),
        (EntityScheme.Partial, 2, 0, 1, 0, 1, "0.625", "0.833", "0.714"),
        (EntityScheme.Type, 3, 0, 0, 0, 1, "0.750", "1.000", "0.857"),
    ];

    public static TheoryData<EntityScheme, int, int, int, int, int, string, string, string> Table
    {
        get
        {
            var data = new TheoryData<EntityScheme, int, int, int, int, int, string, string, string>();
            foreach (var (scheme, cor, inc, par, mis, spu, p, r, f1) in Rows)
            {
                data.Add(scheme, cor, inc, par, mis, spu, p, r, f1);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Reproduces_the_table_of_SCORING_md(EntityScheme scheme, int cor, int inc, int par, int mis, int spu, string p, string r, string f1)
    {
        var report = Scorer.Score(WorkedCheck.Sections, WorkedCheck.Gold(), WorkedCheck.Prediction(), TestVocabulary.Options());

        AssertRow(report.Entities.Get(scheme), cor, inc, par, mis, spu, p, r, f1);
    }

    [Fact]
    public void Every_order_of_the_predictions_and_of_the_gold_gives_the_same_table()
    {
        var options = TestVocabulary.Options();
        var goldOrders = Permutations(WorkedCheck.GoldEntities).ToList();
        var predictionOrders = Permutations(WorkedCheck.Predictions).ToList();
        Assert.Equal(24, predictionOrders.Count);
        Assert.Equal(6, goldOrders.Count);

        foreach (var predictions in predictionOrders)
        {
            foreach (var gold in goldOrders)
            {
                var report = Scorer.Score(WorkedCheck.Sections, WorkedCheck.Gold(gold), WorkedCheck.Prediction(predictions), options);
                foreach (var (scheme, cor, inc, par, mis, spu, p, r, f1) in Rows)
                {
                    AssertRow(report.Entities.Get(scheme), cor, inc, par, mis, spu, p, r, f1);
                }

                Assert.Equal(1, report.Unsupported);
            }
        }
    }

    [Fact]
    public void Predictions_are_anchored_where_SCORING_md_says()
    {
        var report = Scorer.Score(WorkedCheck.Sections, WorkedCheck.Gold(), WorkedCheck.Prediction(), TestVocabulary.Options());

        var byText = report.EntityAlignment.Where(row => row.Prediction is not null).ToDictionary(row => row.Prediction!.Text);
        Assert.Equal(new TextSpan("eligibility", 11, 24), byText["HER2 positive"].PredictionSpan);
        Assert.Equal(EntityMatchClass.ExactSameType, byText["HER2 positive"].Match);
        Assert.Equal(new TextSpan("eligibility", 46, 57), byText["trastuzumab"].PredictionSpan);
        Assert.Equal(EntityMatchClass.ExactSameType, byText["trastuzumab"].Match);
        Assert.Equal(new TextSpan("eligibility", 70, 83), byText["breast cancer"].PredictionSpan);
        Assert.Equal(EntityMatchClass.OverlapSameType, byText["breast cancer"].Match);
        Assert.True(byText["pertuzumab"].Unsupported);
        Assert.Null(byText["pertuzumab"].GoldIndex);
        Assert.Equal(OutcomeClass.Spu, byText["pertuzumab"].Outcomes.Strict);
    }

    private static void AssertRow(OutcomeCounts counts, int cor, int inc, int par, int mis, int spu, string p, string r, string f1)
    {
        Assert.Equal((cor, inc, par, mis, spu), (counts.Cor, counts.Inc, counts.Par, counts.Mis, counts.Spu));
        Assert.Equal(p, Format(counts.Precision));
        Assert.Equal(r, Format(counts.Recall));
        Assert.Equal(f1, Format(counts.F1));
    }

    private static string Format(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "undefined";

    private static IEnumerable<IReadOnlyList<T>> Permutations<T>(IReadOnlyList<T> items)
    {
        if (items.Count <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, j) => j != i).ToList();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
