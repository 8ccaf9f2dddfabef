using McodeBench.Core.Reports.Exporters;

namespace McodeBench.Core.Tests.Reports.Exporters;

public sealed class CsvResultsExporterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_header_is_every_task_column_in_order_and_each_record_has_one_field_per_column()
    {
        var csv = await ExportTasksAsync(ExportFixtures.Tasks());

        Assert.Equal(TaskResultColumns.All.Select(c => c.Name), csv.Header);
        Assert.Equal(3, csv.Records.Count);
        Assert.All(csv.Records, record => Assert.Equal(TaskResultColumns.All.Count, record.Count));
        Assert.StartsWith("run_id,task_id,pipeline,extraction_prompt,mapping_prompt,direct_prompt,model,simulated,trial_id,repeat,status,failure_class,", csv.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scored_task_has_its_figures_in_invariant_culture_and_undefined_figures_as_empty_cells()
    {
        var csv = await ExportTasksAsync([ExportFixtures.Scored()]);
        var row = Assert.Single(csv.Records);

        Assert.Equal(("run-42", "t-1", "two-step", "extract-v1", "map-v1", ""), (row["run_id"], row["task_id"], row["pipeline"], row["extraction_prompt"], row["mapping_prompt"], row["direct_prompt"]));
        Assert.Equal(("gpt-real", "false", "NCT00000001", "0", "completed", ""), (row["model"], row["simulated"], row["trial_id"], row["repeat"], row["status"], row["failure_class"]));
        Assert.Equal(("2026-11-27T09:30:00.0000000Z", "2026-11-27T09:30:02.0000000Z", "true"), (row["started_utc"], row["finished_utc"], row["scored"]));
        Assert.Equal(("0.75", "0.75", "0.75"), (row["entity_strict_precision"], row["entity_strict_recall"], row["entity_strict_f1"]));
        Assert.Equal(("3", "0", "0", "1", "1"), (row["entity_strict_cor"], row["entity_strict_inc"], row["entity_strict_par"], row["entity_strict_mis"], row["entity_strict_spu"]));
        Assert.Equal(("0.7", "0.875"), (row["entity_partial_precision"], row["entity_partial_recall"])); // (3 + ½·1) / 5 and / 4

        // No mappings predicted or expected: P, R and F1 are undefined (empty, never 0), the counts are real zeros.
        Assert.Equal(("", "", ""), (row["mapping_strict_precision"], row["mapping_strict_recall"], row["mapping_strict_f1"]));
        Assert.Equal(("0", "0"), (row["mapping_strict_cor"], row["mapping_lenient_spu"]));
        Assert.Equal(("", "0", "0", "1"), (row["compliance"], row["compliance_mappings"], row["compliance_passing"], row["unsupported"]));

        Assert.Equal(("2", "1", "1200", "80", "1024", "600", "40"), (row["calls"], row["cache_hits"], row["input_tokens"], row["output_tokens"], row["cached_input_tokens"], row["would_be_input_tokens"], row["would_be_output_tokens"]));
        Assert.Equal(("0.0042", "0.0021", "350.5"), (row["cost_usd"], row["would_be_cost_usd"], row["latency_ms"]));
    }

    [Fact]
    public async Task A_task_without_a_score_report_has_every_score_and_count_empty()
    {
        var csv = await ExportTasksAsync([ExportFixtures.FailedUnscored()]);
        var row = Assert.Single(csv.Records);

        Assert.Equal(("direct", "", "direct-v1", "true", "failed", "invalid_json", "false"), (row["pipeline"], row["extraction_prompt"], row["direct_prompt"], row["simulated"], row["status"], row["failure_class"], row["scored"]));
        var scoreColumns = TaskResultColumns.All.Select(c => c.Name)
            .Where(name => name.StartsWith("entity_", StringComparison.Ordinal) || name.StartsWith("mapping_", StringComparison.Ordinal) || name.StartsWith("compliance", StringComparison.Ordinal) || name == "unsupported")
            .Where(name => name != "mapping_prompt")
            .ToList();
        Assert.Equal(4 * 8 + 2 * 8 + 3 + 1, scoreColumns.Count);
        Assert.All(scoreColumns, name => Assert.Equal(string.Empty, row[name]));
        Assert.Equal(("1", "0", "0"), (row["calls"], row["input_tokens"], row["cost_usd"]));
    }

    [Fact]
    public async Task Text_that_looks_like_a_formula_gets_an_apostrophe_and_numbers_stay_numbers()
    {
        var csv = await ExportTasksAsync([ExportFixtures.FormulaLooking()]);
        var row = Assert.Single(csv.Records);

        Assert.Equal("'=HYPERLINK(\"http://x\",\"click\")", row["model"]);
        Assert.Equal("'@t-3", row["task_id"]);
        Assert.Equal("'+NCT3", row["trial_id"]);
        Assert.Equal("'-extract", row["extraction_prompt"]);
        Assert.Equal("'\tmap, \"quoted\"", row["mapping_prompt"]);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",", csv.Raw, StringComparison.Ordinal);

        // A negative number is written as a number: no apostrophe, no quotes.
        Assert.Equal(("-0.5", "-0.5"), (row["cost_usd"], row["latency_ms"]));
        Assert.Contains(",-0.5,0,-0.5", csv.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain("'-0.5", csv.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_is_utf8_without_a_byte_order_mark_unless_asked_for_one()
    {
        var plain = await ExportBytesAsync(new CsvResultsExporter(), ExportFixtures.Tasks());
        var withMark = await ExportBytesAsync(new CsvResultsExporter(byteOrderMark: true), ExportFixtures.Tasks());

        Assert.Equal("run_id"u8.ToArray(), plain[..6]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, withMark[..3]);
        Assert.Equal(plain, withMark[3..]);
    }

    [Fact]
    public async Task Combinations_have_every_combination_column_in_leaderboard_order()
    {
        var rows = ExportFixtures.Leaderboard();
        using var stream = new MemoryStream();

        var written = await new CsvResultsExporter().ExportCombinationsAsync(ExportFixtures.Run, rows, stream, Token);

        var csv = CsvText.Parse(stream.ToArray());
        Assert.Equal(2, written);
        Assert.Equal(CombinationColumns.All.Select(c => c.Name), csv.Header);
        Assert.Equal(["1", "2"], csv.Records.Select(r => r["rank"]));
        Assert.Equal(["gpt-real", "simulated-gpt"], csv.Records.Select(r => r["model"]));
        Assert.Equal(["false", "true"], csv.Records.Select(r => r["simulated"]));
        Assert.Equal(["extract-v1 → map-v1", "extract-v1 → map-v1"], csv.Records.Select(r => r["prompts"]));
        var simulated = csv.Records[1];
        Assert.Equal(("2", "1", "0.5", "all_entity_strict_f1"), (simulated["tasks"], simulated["failed_tasks"], simulated["failure_rate"], simulated["ranked_by"]));
        Assert.Equal(simulated["all_entity_strict_f1"], simulated["rank_value"]);
        Assert.Equal(("0.75", "0.375", "0.5"), (simulated["all_entity_strict_precision"], simulated["all_entity_strict_recall"], simulated["all_entity_strict_f1"]));
        Assert.Equal(("1", "0.75"), (simulated["successful_scored_tasks"], simulated["successful_entity_strict_f1"]));
        Assert.Equal(("1", "0"), (simulated["failed_timeout"], simulated["failed_invalid_json"]));
        Assert.Equal(("", ""), (simulated["all_mapping_strict_f1"], simulated["all_compliance"])); // undefined, not 0
        Assert.Equal("0", csv.Records[0]["all_entity_strict_f1_repeat_sd"]); // two repeats with equal F1: a defined 0
        Assert.Equal("", simulated["all_entity_strict_f1_repeat_sd"]); // one repeat: undefined
        Assert.Equal(("0.02", "0.01", "200", "290"), (simulated["cost_usd"], simulated["cost_per_task_usd"], simulated["latency_p50_ms"], simulated["latency_p95_ms"]));
    }

    [Fact]
    public async Task Combinations_carry_the_statistics_columns_with_undefined_left_empty()
    {
        var rows = ExportFixtures.Leaderboard();
        using var stream = new MemoryStream();

        await new CsvResultsExporter().ExportCombinationsAsync(ExportFixtures.Run, rows, stream, Token);

        var csv = CsvText.Parse(stream.ToArray());
        var best = csv.Records[0];
        var other = csv.Records[1];
        double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        // The interval brackets the point; the best row is tied with itself and has no comparison with itself.
        Assert.InRange(Number(best["rank_value"]), Number(best["rank_value_ci95_lower"]), Number(best["rank_value_ci95_upper"]));
        Assert.Equal("true", best["tied_with_best"]);
        Assert.Equal(("", "", "", ""), (best["delta_vs_best"], best["p_value_vs_best"], best["p_value_holm"], best["q_value_bh"]));

        // The other row: Δ is its rank value minus the best's on the paired trial (NCT1, repeat 0) and has a p.
        Assert.True(Number(other["delta_vs_best"]) <= 0);
        Assert.InRange(Number(other["p_value_holm"]), Number(other["p_value_vs_best"]), 1);
        Assert.Equal("1", other["trials_paired_with_best"]);
        Assert.True(other["tied_with_best"] is "true" or "false", other["tied_with_best"]);
        Assert.True(other["pareto_optimal"] is "true" or "false", other["pareto_optimal"]);

        // Stability: the best row repeated NCT1 twice; the other row never repeated a trial, so its columns are empty.
        Assert.Equal("1", best["stability_trials_with_repeats"]);
        Assert.Equal(("", "", ""), (other["stability_trials_with_repeats"], other["stability_entity_jaccard"], other["stability_mapping_flip_share"]));
    }

    [Fact]
    public async Task Rows_are_written_while_they_are_still_being_read()
    {
        var destination = new MemoryStream();
        long writtenBeforeTheLastRow = -1;

        async IAsyncEnumerable<TaskResultRow> Rows()
        {
            for (var i = 0; i < 2_000; i++)
            {
                await Task.Yield();
                yield return ExportFixtures.Scored();
            }

            writtenBeforeTheLastRow = destination.Length;
        }

        var written = await new CsvResultsExporter().ExportTasksAsync(ExportFixtures.Run, Rows(), destination, Token);

        Assert.Equal(2_000, written);
        Assert.True(writtenBeforeTheLastRow > 0, "nothing reached the stream before every row was read");
        Assert.True(destination.Length > writtenBeforeTheLastRow);
        Assert.True(destination.CanWrite, "the exporter must leave the caller's stream open");
    }

    private static async Task<CsvText> ExportTasksAsync(IEnumerable<TaskResultRow> rows) =>
        CsvText.Parse(await ExportBytesAsync(new CsvResultsExporter(), rows));

    private static async Task<byte[]> ExportBytesAsync(CsvResultsExporter exporter, IEnumerable<TaskResultRow> rows)
    {
        using var stream = new MemoryStream();
        await exporter.ExportTasksAsync(ExportFixtures.Run, ExportFixtures.Async(rows), stream, Token);
        return stream.ToArray();
    }
}
