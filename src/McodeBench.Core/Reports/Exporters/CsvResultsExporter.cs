using System.Globalization;
using CsvHelper;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>
/// RFC 4180 CSV in UTF-8 (CsvHelper): a header of column names, then one record per row; numbers in invariant
/// culture, undefined figures as empty cells, booleans as <c>true</c>/<c>false</c>, times in ISO 8601 UTC.
/// Spreadsheet-safe: a text cell starting with <c>= + - @</c>, tab or CR gets a leading apostrophe, so a spreadsheet
/// shows it instead of running it as a formula; numbers (such as -0.5) are never touched.
/// </summary>
/// <param name="byteOrderMark">Start the file with a UTF-8 byte order mark, which Excel needs to read non-ASCII text (such as the → between prompts) correctly.</param>
public sealed class CsvResultsExporter(bool byteOrderMark = false) : IResultsExporter
{
    private readonly CsvWriterOptions options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = byteOrderMark,
    };

    public ExportFormat Format => ExportFormat.Csv;

    public string FileExtension => ".csv";

    public string ContentType => "text/csv; charset=utf-8";

    public Task<int> ExportTasksAsync(ExportedRun run, IAsyncEnumerable<TaskResultRow> rows, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);
        return WriteAsync(TaskResultColumns.All, rows, destination, cancellationToken);
    }

    public Task<int> ExportCombinationsAsync(ExportedRun run, IEnumerable<LeaderboardRow> rows, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);
        return WriteAsync(CombinationColumns.All, rows.Select(row => new CombinationResultRow(run, row)).ToAsyncEnumerable(), destination, cancellationToken);
    }

    public Task<int> ExportTableAsync<TRow>(ExportedRun run, ExportTable<TRow> table, IEnumerable<TRow> rows, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);
        return WriteAsync(table.Columns, rows.ToAsyncEnumerable(), destination, cancellationToken);
    }

    // Every CSV McodeBench writes goes through here, so every cell gets the same formula guard.
    private async Task<int> WriteAsync<TRow>(IReadOnlyList<ExportColumn<TRow>> columns, IAsyncEnumerable<TRow> rows, Stream destination, CancellationToken cancellationToken)
    {
        var csv = CsvWriter.Create(destination, options, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            csv.WriteHeader(columns.Select(column => column.Name).ToArray());
            var count = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                foreach (var column in columns)
                {
                    WriteCell(csv, column.Value(row));
                }

                await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
                count++;
            }

            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    private static void WriteCell(CsvWriter csv, ExportCell cell)
    {
        switch (cell.Kind)
        {
            case ExportCellKind.Empty:
                csv.WriteField((string?)null);
                break;
            case ExportCellKind.Text:
                csv.WriteField(cell.Text);
                break;
            case ExportCellKind.WholeNumber:
                csv.WriteField(cell.WholeNumber, default);
                break;
            case ExportCellKind.Number:
                csv.WriteField(cell.Number, default);
                break;
            case ExportCellKind.Money:
                csv.WriteField(cell.Money, default);
                break;
            case ExportCellKind.Boolean:
                csv.WriteField(cell.Boolean);
                break;
            case ExportCellKind.Timestamp:
                csv.WriteField(cell.Timestamp, "O");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(cell), cell.Kind, "Unknown cell kind.");
        }
    }
}
