using System.Globalization;
using System.Text;
using System.Text.Json;
using McodeBench.Core.Models.RulesBaseline;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.RulesBaseline;

/// <summary>
/// Runs the baseline over the eligibility criteria of the 82 real CT.gov records in the shared reference data: no
/// exception, every offset slices to its text, and a cancer is found in most oncology records.
/// </summary>
public sealed class RulesBaselineRealRecordsTests
{
    private static readonly RulesExtractor Extractor = new();

    [Fact]
    public void Runs_over_every_real_record_with_exact_offsets_and_finds_conditions_in_most_oncology_records()
    {
        var path = RepositoryPaths.RequireReference("ctgov", "studies.ndjson");
        var oncology = ReadOncologyFlags(RepositoryPaths.RequireReference("ctgov", "index.csv"));
        var records = 0;
        var oncologyRecords = 0;
        var oncologyWithCondition = 0;
        var report = new StringBuilder();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var document = JsonDocument.Parse(line);
            var protocol = document.RootElement.GetProperty("protocolSection");
            var id = protocol.GetProperty("identificationModule").GetProperty("nctId").GetString()!;
            var text = protocol.TryGetProperty("eligibilityModule", out var eligibility) && eligibility.TryGetProperty("eligibilityCriteria", out var criteria)
                ? criteria.GetString() ?? string.Empty
                : string.Empty;

            var extraction = Extractor.Extract(text);

            records++;
            Assert.All(extraction.Entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
            Assert.All(extraction.Mappings, m => Assert.Contains(extraction.Entities, e => e.Id == m.EntityId));
            var hasCondition = extraction.Entities.Any(e => e.Type == "condition");
            if (oncology.GetValueOrDefault(id))
            {
                oncologyRecords++;
                oncologyWithCondition += hasCondition ? 1 : 0;
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"## {id} ({text.Length} chars)");
            foreach (var entity in extraction.Entities)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"- {entity.Type} [{entity.Criterion}{(entity.Negated ? ", negated" : string.Empty)}] \"{entity.Text.ReplaceLineEndings(" ")}\"");
            }
        }

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "rules-baseline-ctgov.md"), report.ToString());
        Assert.Equal(82, records);
        Assert.True(oncologyRecords >= 70, $"index.csv flags {oncologyRecords} oncology records");
        Assert.True(oncologyWithCondition >= oncologyRecords * 0.75, $"a condition was found in {oncologyWithCondition} of {oncologyRecords} oncology records");
    }

    private static Dictionary<string, bool> ReadOncologyFlags(string indexPath)
    {
        var lines = File.ReadAllLines(indexPath);
        var header = lines[0].Split(',');
        var flagColumn = Array.IndexOf(header, "oncology_by_title_or_condition");
        Assert.True(flagColumn >= 0, $"{indexPath}: no oncology_by_title_or_condition column");
        var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var fields = SplitCsv(line);
            flags[fields[0]] = fields.Count > flagColumn && string.Equals(fields[flagColumn], "True", StringComparison.Ordinal);
        }

        return flags;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (ch == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
