using System.Text.Json;
using McodeBench.Web.Pages.Results;

namespace McodeBench.Tests.Web.Results;

public sealed class ScreenExportTests
{
    private static readonly ScreenTable Table = new("Models", ["key", "f1", "cost"], [["=HYPERLINK(\"x\")", 0.5, 0.01m], ["-negative-name", null, -1m]]);

    [Fact]
    public void Csv_escapes_text_that_would_run_as_a_formula_but_not_numbers()
    {
        var csv = ScreenExport.Csv([Table]);

        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\",0.5,0.01", csv, StringComparison.Ordinal);
        Assert.Contains("'-negative-name,,-1", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_writes_undefined_figures_as_null()
    {
        using var json = JsonDocument.Parse(ScreenExport.Json("t", [Table]));

        var second = json.RootElement.GetProperty("tables")[0].GetProperty("rows")[1];
        Assert.Equal(JsonValueKind.Null, second.GetProperty("f1").ValueKind);
        Assert.Equal(-1m, second.GetProperty("cost").GetDecimal());
    }

    [Fact]
    public void Markdown_writes_undefined_figures_as_a_dash_and_escapes_pipes()
    {
        var markdown = ScreenExport.Markdown("a | b", [Table]);

        Assert.Contains("# a \\| b", markdown, StringComparison.Ordinal);
        Assert.Contains("| -negative-name | — | -1 |", markdown, StringComparison.Ordinal);
    }
}
