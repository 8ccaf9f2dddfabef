using System.Text;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>
/// A Markdown report for people (and the web tracker's Results page): a title naming the run, the leaderboard in the
/// all-attempts view, the same combinations over successful tasks only, and a legend. Undefined figures show as "—";
/// simulated models are labelled in the model column. The task level is one table row per task with its headline
/// scores; the CSV and JSON exports carry every figure.
/// </summary>
public sealed class MarkdownResultsExporter : IResultsExporter
{
    private const string Legend = "— means undefined (nothing to divide by), never zero. \"all attempts\" counts a failed task as an empty prediction; \"successful only\" leaves failed tasks out.";

    public ExportFormat Format => ExportFormat.Markdown;

    public string FileExtension => ".md";

    public string ContentType => "text/markdown; charset=utf-8";

    public async Task<int> ExportTasksAsync(ExportedRun run, IAsyncEnumerable<TaskResultRow> rows, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);
        var writer = CreateWriter(destination);
        await using (writer.ConfigureAwait(false))
        {
            await WriteTitleAsync(writer, "Tasks", run).ConfigureAwait(false);
            await WriteRowAsync(writer, ["trial", "repeat", "pipeline", "prompts", "model", "status", "failure", "entity F1 strict", "entity F1 type", "mapping F1 strict", "mapping F1 lenient", "compliance", "input tokens", "output tokens", "cost", "latency"]).ConfigureAwait(false);
            await WriteRowAsync(writer, ["---", "---:", "---", "---", "---", "---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]).ConfigureAwait(false);
            var count = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var task = row.Task;
                var report = row.Report;
                await WriteRowAsync(writer,
                [
                    MarkdownText.Escape(task.TrialId),
                    MarkdownText.Count(task.RepeatIndex),
                    ExportNames.Of(task.Pipeline),
                    MarkdownText.Escape(string.Join(" → ", task.PromptKeys)),
                    ModelCell(task.ModelKey, row.Simulated),
                    ExportNames.Of(task.Status),
                    task.FailureClass is { } failure ? ExportNames.Of(failure) : string.Empty,
                    MarkdownText.Score(report?.Entities.Strict.F1),
                    MarkdownText.Score(report?.Entities.Type.F1),
                    MarkdownText.Score(report?.Mappings.Strict.F1),
                    MarkdownText.Score(report?.Mappings.Lenient.F1),
                    MarkdownText.Percent(report?.Compliance.Compliance),
                    MarkdownText.Count(task.Usage.InputTokens),
                    MarkdownText.Count(task.Usage.OutputTokens),
                    MarkdownText.Money(task.Usage.Cost),
                    MarkdownText.Milliseconds(task.Usage.Latency.TotalMilliseconds),
                ]).ConfigureAwait(false);
                count++;
            }

            await writer.WriteLineAsync().ConfigureAwait(false);
            await writer.WriteLineAsync($"{count} tasks. A task without a score report (not run, or failed before any call) shows — for every score. {Legend}").ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    public async Task<int> ExportCombinationsAsync(ExportedRun run, IEnumerable<LeaderboardRow> rows, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);
        var list = rows.ToList();
        var writer = CreateWriter(destination);
        await using (writer.ConfigureAwait(false))
        {
            await WriteTitleAsync(writer, "Results", run).ConfigureAwait(false);
            await writer.WriteLineAsync($"Ranked by `{ExportNames.RankingColumn(run.Ranking)}` (micro average, all attempts).").ConfigureAwait(false);
            await writer.WriteLineAsync().ConfigureAwait(false);
            if (list.Count == 0)
            {
                await writer.WriteLineAsync("No finished tasks yet: nothing to rank.").ConfigureAwait(false);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            }

            await writer.WriteLineAsync("## Leaderboard (all attempts)").ConfigureAwait(false);
            await writer.WriteLineAsync().ConfigureAwait(false);
            await WriteRowAsync(writer, ["#", "pipeline", "prompts", "model", "tasks", "failed", "rank value", "entity F1 strict", "entity F1 type", "mapping F1 strict", "mapping F1 lenient", "compliance", "cost", "cache saved", "p50", "p95"]).ConfigureAwait(false);
            await WriteRowAsync(writer, ["---:", "---", "---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]).ConfigureAwait(false);
            foreach (var row in list)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await WriteRowAsync(writer,
                [
                    MarkdownText.Count(row.Rank),
                    row.Pipeline,
                    MarkdownText.Escape(row.Prompts),
                    ModelCell(row.Model, row.Simulated),
                    MarkdownText.Count(row.Tasks),
                    row.FailedTasks == 0 ? "0" : $"{MarkdownText.Count(row.FailedTasks)} ({MarkdownText.Percent(row.FailureRate)})",
                    MarkdownText.Score(row.RankValue),
                    MarkdownText.Score(row.EntityF1Strict),
                    MarkdownText.Score(row.EntityF1Type),
                    MarkdownText.Score(row.MappingF1Strict),
                    MarkdownText.Score(row.MappingF1Lenient),
                    MarkdownText.Percent(row.Compliance),
                    MarkdownText.Money(row.Cost),
                    MarkdownText.Money(row.WouldBeCost),
                    MarkdownText.Milliseconds(row.LatencyP50Ms),
                    MarkdownText.Milliseconds(row.LatencyP95Ms),
                ]).ConfigureAwait(false);
            }

            await writer.WriteLineAsync().ConfigureAwait(false);
            await writer.WriteLineAsync("## Successful tasks only").ConfigureAwait(false);
            await writer.WriteLineAsync().ConfigureAwait(false);
            await WriteRowAsync(writer, ["#", "prompts", "model", "scored tasks", "entity F1 strict", "entity F1 type", "mapping F1 strict", "mapping F1 lenient", "compliance"]).ConfigureAwait(false);
            await WriteRowAsync(writer, ["---:", "---", "---", "---:", "---:", "---:", "---:", "---:", "---:"]).ConfigureAwait(false);
            foreach (var row in list)
            {
                var successful = row.Aggregates.SuccessfulOnly;
                await WriteRowAsync(writer,
                [
                    MarkdownText.Count(row.Rank),
                    MarkdownText.Escape(row.Prompts),
                    ModelCell(row.Model, row.Simulated),
                    MarkdownText.Count(successful.ScoredTasks),
                    MarkdownText.Score(successful.Entities.Strict.Micro.F1),
                    MarkdownText.Score(successful.Entities.Type.Micro.F1),
                    MarkdownText.Score(successful.Mappings.Strict.Micro.F1),
                    MarkdownText.Score(successful.Mappings.Lenient.Micro.F1),
                    MarkdownText.Percent(successful.Compliance.Compliance),
                ]).ConfigureAwait(false);
            }

            await writer.WriteLineAsync().ConfigureAwait(false);
            if (list.Any(row => row.Simulated))
            {
                await writer.WriteLineAsync("Models marked *(simulated)* are simulators: their scores say nothing about a real model.").ConfigureAwait(false);
                await writer.WriteLineAsync().ConfigureAwait(false);
            }

            await writer.WriteLineAsync(Legend).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return list.Count;
        }
    }

    /// <summary>
    /// A heading naming the table and the run, a line with the view, then every column but the run and the view. Numbers as written in invariant culture, money in dollars, undefined as "—".
    /// </summary>
    public async Task<int> ExportTableAsync<TRow>(ExportedRun run, ExportTable<TRow> table, IEnumerable<TRow> rows, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);
        var columns = table.Columns.Where(column => !RunWideColumns.Contains(column.Name)).ToList();
        var writer = CreateWriter(destination);
        await using (writer.ConfigureAwait(false))
        {
            await WriteTitleAsync(writer, table.Title, run).ConfigureAwait(false);
            await writer.WriteLineAsync($"View: {ExportNames.Of(run.View)}.").ConfigureAwait(false);
            await writer.WriteLineAsync().ConfigureAwait(false);
            await WriteRowAsync(writer, columns.Select(column => MarkdownText.Escape(column.Name)).ToList()).ConfigureAwait(false);
            await WriteRowAsync(writer, columns.Select(_ => "---").ToList()).ConfigureAwait(false);
            var count = 0;
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await WriteRowAsync(writer, columns.Select(column => Cell(column.Value(row))).ToList()).ConfigureAwait(false);
                count++;
            }

            await writer.WriteLineAsync().ConfigureAwait(false);
            await writer.WriteLineAsync(Legend).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    // Said once under the title instead of in every row.
    private static readonly HashSet<string> RunWideColumns = new(StringComparer.Ordinal) { "run_id", "view", "gold_digest" };

    private static string Cell(ExportCell cell) => cell.Kind switch
    {
        ExportCellKind.Empty => MarkdownText.Undefined,
        ExportCellKind.Text => MarkdownText.Escape(cell.Text),
        ExportCellKind.WholeNumber => MarkdownText.Count(cell.WholeNumber),
        ExportCellKind.Number => cell.Number.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
        ExportCellKind.Money => MarkdownText.Money(cell.Money),
        ExportCellKind.Boolean => cell.Boolean ? "true" : "false",
        ExportCellKind.Timestamp => MarkdownText.Time(cell.Timestamp),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.Kind, "Unknown cell kind."),
    };

    private static StreamWriter CreateWriter(Stream destination) =>
        new(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };

    private static async Task WriteTitleAsync(StreamWriter writer, string what, ExportedRun run)
    {
        await writer.WriteLineAsync($"# {what} — {MarkdownText.Escape(run.Name)}").ConfigureAwait(false);
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync($"Run `{run.Id.Replace('`', '\'')}`, exported {MarkdownText.Time(run.ExportedUtc)}.").ConfigureAwait(false);
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync($"Scored against gold `{Provenance.ScoringDigests.Abbreviate(run.GoldDigest)}`, trial texts `{Provenance.ScoringDigests.Abbreviate(run.TrialTextDigest)}`.").ConfigureAwait(false);
        await writer.WriteLineAsync().ConfigureAwait(false);
    }

    private static string ModelCell(string model, bool simulated) =>
        MarkdownText.Escape(model) + (simulated ? " *(simulated)*" : string.Empty);

    private static Task WriteRowAsync(StreamWriter writer, IReadOnlyList<string> cells) =>
        writer.WriteLineAsync("| " + string.Join(" | ", cells) + " |");
}
