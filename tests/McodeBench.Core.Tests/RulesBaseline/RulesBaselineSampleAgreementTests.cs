using System.Globalization;
using System.Text;
using McodeBench.Core.Annotations;
using McodeBench.Core.Models.RulesBaseline;
using McodeBench.Core.Tests.Samples;

namespace McodeBench.Core.Tests.RulesBaseline;

/// <summary>
/// A preliminary, strict comparison of the baseline with the sample gold: an entity counts when section, start, end and
/// type are all equal. It guards against regressions (a floor on micro F1) and writes the per-trial table that
/// docs/rules-baseline.md reports. The official scorer (Scoring/) replaces these numbers.
/// </summary>
public sealed class RulesBaselineSampleAgreementTests
{
    private static readonly RulesExtractor Extractor = new();

    [Fact]
    public void Strict_span_and_type_agreement_with_the_sample_gold_stays_above_the_floor()
    {
        var trials = SampleTrialFile.LoadAll().ToDictionary(t => t.NctId, StringComparer.Ordinal);
        var table = new StringBuilder();
        var differences = new StringBuilder();
        table.AppendLine("| trial | gold | predicted | TP | FP | FN | P | R | F1 | criterion ok | negation ok | mappings matched |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        int totalGold = 0, totalPredicted = 0, totalTp = 0, totalCriterion = 0, totalNegation = 0, totalGoldMappings = 0, totalMappingHits = 0;
        foreach (var gold in SampleGoldFile.LoadAll())
        {
            var predicted = new List<(string Section, RuleEntity Entity, IReadOnlyList<RuleMapping> Mappings)>();
            foreach (var (section, text) in trials[gold.TrialId].Sections)
            {
                var extraction = Extractor.Extract(text);
                predicted.AddRange(extraction.Entities.Select(e => (section, e, (IReadOnlyList<RuleMapping>)extraction.Mappings.Where(m => m.EntityId == e.Id).ToList())));
            }

            var tp = 0;
            var criterionOk = 0;
            var negationOk = 0;
            var mappingHits = 0;
            foreach (var entity in gold.Entities)
            {
                var match = predicted.FirstOrDefault(p => p.Section == entity.Section && p.Entity.Start == entity.Start && p.Entity.End == entity.End && p.Entity.Type == entity.Type);
                if (match.Entity is null)
                {
                    differences.AppendLine(CultureInfo.InvariantCulture, $"- {gold.TrialId} missed {entity.Section} \"{entity.Text}\" ({entity.Type})");
                    continue;
                }

                if (match.Entity.Negated != entity.Negated)
                {
                    differences.AppendLine(CultureInfo.InvariantCulture, $"- {gold.TrialId} negation of {entity.Section} \"{entity.Text}\": gold {entity.Negated}, baseline {match.Entity.Negated}");
                }

                tp++;
                criterionOk += CriterionName(match.Entity.Criterion) == entity.Criterion ? 1 : 0;
                negationOk += match.Entity.Negated == entity.Negated ? 1 : 0;
                foreach (var mapping in gold.Mappings.Where(m => m.EntityId == entity.Id))
                {
                    if (match.Mappings.Any(p => SameMapping(mapping, p)))
                    {
                        mappingHits++;
                    }
                    else
                    {
                        differences.AppendLine(CultureInfo.InvariantCulture, $"- {gold.TrialId} mapping of \"{entity.Text}\": gold {mapping.Element} \"{mapping.Value}\" {mapping.Code}, baseline {string.Join("; ", match.Mappings.Select(p => $"{p.Element} \"{p.Value}\" {p.Code?.Code}"))}");
                    }
                }
            }

            foreach (var (section, entity, _) in predicted.Where(p => !gold.Entities.Any(g => g.Section == p.Section && g.Start == p.Entity.Start && g.End == p.Entity.End && g.Type == p.Entity.Type)))
            {
                differences.AppendLine(CultureInfo.InvariantCulture, $"- {gold.TrialId} spurious {section} \"{entity.Text}\" ({entity.Type})");
            }

            var fp = predicted.Count - tp;
            var fn = gold.Entities.Count - tp;
            var goldMappings = gold.Mappings.Count;
            table.AppendLine(CultureInfo.InvariantCulture, $"| {gold.TrialId} | {gold.Entities.Count} | {predicted.Count} | {tp} | {fp} | {fn} | {Ratio(tp, predicted.Count)} | {Ratio(tp, gold.Entities.Count)} | {F1(tp, predicted.Count, gold.Entities.Count)} | {criterionOk}/{tp} | {negationOk}/{tp} | {mappingHits}/{goldMappings} |");
            totalGold += gold.Entities.Count;
            totalPredicted += predicted.Count;
            totalTp += tp;
            totalCriterion += criterionOk;
            totalNegation += negationOk;
            totalGoldMappings += goldMappings;
            totalMappingHits += mappingHits;
        }

        table.AppendLine(CultureInfo.InvariantCulture, $"| **all (micro)** | {totalGold} | {totalPredicted} | {totalTp} | {totalPredicted - totalTp} | {totalGold - totalTp} | {Ratio(totalTp, totalPredicted)} | {Ratio(totalTp, totalGold)} | {F1(totalTp, totalPredicted, totalGold)} | {totalCriterion}/{totalTp} | {totalNegation}/{totalTp} | {totalMappingHits}/{totalGoldMappings} |");
        table.AppendLine().AppendLine("Differences:").Append(differences);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "rules-baseline-samples.md"), table.ToString());
        TestContext.Current.TestOutputHelper?.WriteLine(table.ToString());

        var f1 = 2.0 * totalTp / (totalPredicted + totalGold);
        Assert.True(f1 >= 0.80, $"strict micro F1 {f1:F3} fell below 0.80:\n{table}");
        Assert.Equal(totalTp, totalCriterion);
    }

    private static string CriterionName(Criterion criterion) => criterion switch
    {
        Criterion.Inclusion => "inclusion",
        Criterion.Exclusion => "exclusion",
        _ => "none",
    };

    private static bool SameMapping(SampleGoldMapping gold, RuleMapping predicted) =>
        gold.Element == predicted.Element
        && (gold.Code is not null && predicted.Code is not null
            ? gold.System == predicted.Code.System && gold.Code == predicted.Code.Code
            : string.Equals(gold.Value, predicted.Value, StringComparison.OrdinalIgnoreCase));

    private static string Ratio(int numerator, int denominator) =>
        denominator == 0 ? "—" : ((double)numerator / denominator).ToString("F3", CultureInfo.InvariantCulture);

    private static string F1(int tp, int predicted, int gold) =>
        predicted + gold == 0 ? "—" : (2.0 * tp / (predicted + gold)).ToString("F3", CultureInfo.InvariantCulture);
}
