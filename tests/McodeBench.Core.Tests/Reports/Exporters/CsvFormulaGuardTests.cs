using System.Text;
using McodeBench.Core.Reports.Exporters;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Core.Tests.Reports.Exporters;

/// <summary>
/// The one CSV writer (<see cref="CsvResultsExporter"/>, behind every level) defuses every character a spreadsheet
/// would start a formula with, in any table, and leaves numbers alone.
/// </summary>
public sealed class CsvFormulaGuardTests
{
    private static readonly ExportTable<string> TextTable = new("texts", "Texts", [new("text", "A text cell.", text => ExportCell.Of(text)), new("number", "A number.", _ => ExportCell.Of(-1.5))]);

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public async Task A_text_starting_a_formula_gets_an_apostrophe_and_a_number_does_not(string text)
    {
        using var stream = new MemoryStream();
        var run = new ExportedRun("r", "r", RankingMetric.Default, new DateTime(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc));

        await new CsvResultsExporter().ExportTableAsync(run, TextTable, [text], stream, TestContext.Current.CancellationToken);

        var csv = CsvText.Parse(stream.ToArray());
        var row = Assert.Single(csv.Records);
        Assert.Equal("'" + text, row["text"]);
        Assert.Equal("-1.5", row["number"]);
    }

    [Fact]
    public async Task Ordinary_text_is_untouched()
    {
        using var stream = new MemoryStream();
        var run = new ExportedRun("r", "r", RankingMetric.Default, new DateTime(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc));

        await new CsvResultsExporter().ExportTableAsync(run, TextTable, ["extract → map", "a=b"], stream, TestContext.Current.CancellationToken);

        Assert.Equal(["extract → map", "a=b"], CsvText.Parse(stream.ToArray()).Records.Select(r => r["text"]));
        Assert.DoesNotContain("'", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }
}
