namespace McodeBench.Core.Reports.Exporters;

/// <summary>
/// Writes a run's results in one format, streaming: rows are read once, as they come, and written to a stream the
/// caller owns (a file, standard output, an HTTP response), which is left open. UI-free, so the CLI and the web
/// tracker write the same bytes. Undefined figures are never written as 0.
/// </summary>
public interface IResultsExporter
{
    ExportFormat Format { get; }

    /// <summary>With the dot, e.g. <c>.csv</c>.</summary>
    string FileExtension { get; }

    /// <summary>The media type for an HTTP response, e.g. <c>text/csv; charset=utf-8</c>.</summary>
    string ContentType { get; }

    /// <summary>Writes one row per task (<see cref="TaskResultColumns"/>) and returns how many.</summary>
    Task<int> ExportTasksAsync(ExportedRun run, IAsyncEnumerable<TaskResultRow> rows, Stream destination, CancellationToken cancellationToken = default);

    /// <summary>Writes one row per combination (<see cref="CombinationColumns"/>), in the order given (leaderboard order), and returns how many.</summary>
    Task<int> ExportCombinationsAsync(ExportedRun run, IEnumerable<LeaderboardRow> rows, Stream destination, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes one of the results tables (summary, model or prompt comparison, per element or per type breakdown;
    /// <see cref="ReportExports"/> builds them) in the order given, and returns how many rows.
    /// </summary>
    Task<int> ExportTableAsync<TRow>(ExportedRun run, ExportTable<TRow> table, IEnumerable<TRow> rows, Stream destination, CancellationToken cancellationToken = default);
}
