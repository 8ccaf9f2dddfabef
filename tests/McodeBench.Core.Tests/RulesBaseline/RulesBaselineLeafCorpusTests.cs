using System.Globalization;
using System.Text;
using McodeBench.Core.Models.RulesBaseline;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.RulesBaseline;

/// <summary>
/// A held-out check on text the baseline's authors did not write: the oncology subset of the Leaf Clinical Trials
/// corpus (real eligibility criteria, human brat annotations). LCT annotates all conditions, drugs and procedures, not
/// only cancer ones and without mCODE types, so only precision-like agreement is meaningful: the share of the
/// baseline's condition / medication / surgery+radiotherapy mentions that overlap an LCT Condition / Drug (or therapy) / Procedure
/// span; and, as a recall-like figure, the share of LCT condition spans naming a cancer that a baseline condition overlaps.
/// It guards against dictionaries drifting into false positives or losing coverage.
/// </summary>
public sealed partial class RulesBaselineLeafCorpusTests
{
    private static readonly RulesExtractor Extractor = new();

    private static readonly Dictionary<string, string[]> LeafTypesFor = new(StringComparer.Ordinal)
    {
        ["condition"] = ["Condition", "Condition-Name"],
        // LCT annotates therapies named by class ("hormonal therapy", "EGFR-TKI therapy") as procedures.
        ["medication"] = ["Drug", "Drug-Name", "Procedure", "Procedure-Name"],
        ["surgery"] = ["Procedure", "Procedure-Name"],
        ["radiotherapy"] = ["Procedure", "Procedure-Name"],
    };

    [Fact]
    public void Dictionary_mentions_mostly_overlap_the_human_annotations_of_real_criteria()
    {
        var folder = RepositoryPaths.RequireReference("lct", "docs");
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var cancerSpans = 0;
        var cancerSpansFound = 0;
        var agreed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var textPath in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(textPath);
            var spans = ReadSpans(Path.ChangeExtension(textPath, ".ann"));
            var entities = Extractor.Extract(text).Entities;
            foreach (var span in spans.Where(s => s.Type == "Condition-Name" && CancerWord().IsMatch(text[s.Start..s.End]) && !GenericCancerWord().IsMatch(text[s.Start..s.End])))
            {
                cancerSpans++;
                cancerSpansFound += entities.Any(e => e.Type == "condition" && e.Start < span.End && span.Start < e.End) ? 1 : 0;
            }

            foreach (var entity in entities.Where(e => LeafTypesFor.ContainsKey(e.Type)))
            {
                Assert.Equal(entity.Text, text[entity.Start..entity.End]);
                found[entity.Type] = found.GetValueOrDefault(entity.Type) + 1;
                if (spans.Any(s => LeafTypesFor[entity.Type].Contains(s.Type) && s.Start < entity.End && entity.Start < s.End))
                {
                    agreed[entity.Type] = agreed.GetValueOrDefault(entity.Type) + 1;
                }
            }
        }

        var report = new StringBuilder("| type | baseline mentions | overlapping an LCT span | share |\n|---|---|---|---|\n");
        foreach (var type in LeafTypesFor.Keys)
        {
            var share = found.GetValueOrDefault(type) == 0 ? 0 : (double)agreed.GetValueOrDefault(type) / found[type];
            report.AppendLine(CultureInfo.InvariantCulture, $"| {type} | {found.GetValueOrDefault(type)} | {agreed.GetValueOrDefault(type)} | {share:F3} |");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"\nLCT Condition-Name spans naming a specific cancer (generic words such as \"cancer\" or \"tumor\" left out): {cancerSpans}; overlapped by a baseline condition: {cancerSpansFound} ({(double)cancerSpansFound / Math.Max(1, cancerSpans):F3}).");
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "rules-baseline-lct.md"), report.ToString());
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(found.GetValueOrDefault("condition") >= 80, report.ToString());
        Assert.True(cancerSpansFound >= 0.6 * cancerSpans, report.ToString());
        var total = found.Values.Sum();
        Assert.True(agreed.Values.Sum() >= 0.8 * total, report.ToString());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)cancer|carcinoma|tumou?r|neoplasm|lymphoma|leuk|myeloma|melanoma|sarcoma|glioma|glioblastoma|metasta")]
    private static partial System.Text.RegularExpressions.Regex CancerWord();

    /// <summary>Generic words the sample guidelines leave unannotated ("cancer", "tumors", "metastasis"): not a named cancer.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)^(?:(?:malignant|solid)\s+)?(?:cancers?|tumou?rs?|carcinomas?|neoplasms?|malignanc(?:y|ies)|metastas[ie]s|adenocarcinoma)$")]
    private static partial System.Text.RegularExpressions.Regex GenericCancerWord();

    private static List<(string Type, int Start, int End)> ReadSpans(string annPath)
    {
        var spans = new List<(string, int, int)>();
        foreach (var line in File.ReadLines(annPath).Where(l => l.StartsWith('T')))
        {
            var fields = line.Split('\t');
            var header = fields[1].Split(' ');
            foreach (var range in string.Join(' ', header.Skip(1)).Split(';'))
            {
                var bounds = range.Split(' ');
                spans.Add((header[0], int.Parse(bounds[0], CultureInfo.InvariantCulture), int.Parse(bounds[1], CultureInfo.InvariantCulture)));
            }
        }

        return spans;
    }
}
