using System.Text;
using McodeBench.Core.Reports.Exporters;

namespace McodeBench.Core.Tests.Reports.Exporters;

public sealed class MarkdownResultsExporterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_combination_report_has_a_title_both_views_simulated_labels_and_dashes_for_undefined()
    {
        var text = await ExportCombinationsAsync(ExportFixtures.Leaderboard());
        var lines = text.Split('\n');

        Assert.Equal("# Results — nightly \\| &lt;b&gt;bench&lt;/b&gt;", lines[0]);
        Assert.Contains("Run `run-42`, exported 2026-11-28 12:00:00 UTC.", text, StringComparison.Ordinal);
        Assert.Contains("Ranked by `all_entity_strict_f1`", text, StringComparison.Ordinal);
        Assert.Contains("| 1 | two-step | extract-v1 → map-v1 | gpt-real | 2 | 0 | 0.750 | 0.750 | 0.889 | — | — | — | $0.0200 | $0.0000 | 150 ms | 195 ms |", lines);
        Assert.Contains("| 2 | two-step | extract-v1 → map-v1 | simulated-gpt *(simulated)* | 2 | 1 (50.0%) | 0.500 | 0.500 | 0.615 | — | — | — | $0.0200 | $0.0000 | 200 ms | 290 ms |", lines);
        Assert.Contains("## Successful tasks only", lines);
        Assert.Contains("| 2 | extract-v1 → map-v1 | simulated-gpt *(simulated)* | 1 | 0.750 | 0.889 | — | — | — |", lines);
        Assert.Contains("their scores say nothing about a real model", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0.000 |", text, StringComparison.Ordinal); // no undefined figure became 0
    }

    [Fact]
    public async Task A_run_without_finished_tasks_says_so()
    {
        var text = await ExportCombinationsAsync([]);

        Assert.Contains("No finished tasks yet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("| # |", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_task_report_has_one_escaped_row_per_task()
    {
        using var stream = new MemoryStream();
        var written = await new MarkdownResultsExporter().ExportTasksAsync(ExportFixtures.Run, ExportFixtures.Async(ExportFixtures.Tasks()), stream, Token);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');

        Assert.Equal(3, written);
        Assert.Equal(3, lines.Count(line => line.StartsWith("| NCT", StringComparison.Ordinal) || line.StartsWith("| +NCT", StringComparison.Ordinal)));
        Assert.Contains("| NCT00000002 | 0 | direct | direct-v1 | simulated-gpt *(simulated)* | failed | invalid_json | — | — | — | — | — | 0 | 0 | $0.0000 | 0 ms |", lines);
        var formula = Assert.Single(lines, line => line.StartsWith("| +NCT3", StringComparison.Ordinal));
        Assert.Contains("=HYPERLINK(\"http://x\",\"click\")", formula, StringComparison.Ordinal);
        Assert.Equal(17, formula.Split(" | ").Length + 1); // the tab and quotes in the prompt did not add or break a cell
    }

    private static async Task<string> ExportCombinationsAsync(IReadOnlyList<Core.Reports.LeaderboardRow> rows)
    {
        using var stream = new MemoryStream();
        await new MarkdownResultsExporter().ExportCombinationsAsync(ExportFixtures.Run, rows, stream, Token);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
