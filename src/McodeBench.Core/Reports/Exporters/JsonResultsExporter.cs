using System.Text.Encodings.Web;
using System.Text.Json;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Reports.Exporters;

/// <summary>
/// One UTF-8 JSON document: <c>format</c>, <c>version</c>, <c>run</c> (id, name, ranking, export time), then
/// <c>tasks</c> or <c>combinations</c>, an array of objects with the same snake_case names and values as the CSV
/// columns (undefined figures are null, numbers are numbers). Each combination also carries its full
/// <c>aggregates</c> in both views (per entity type and per mCODE element too), as <see cref="ScoringJson"/> writes
/// them. Task documents are compact (they can be large); combination documents are indented.
/// </summary>
public sealed class JsonResultsExporter : IResultsExporter
{
    public const string TasksFormat = "mcodebench-task-results";
    public const string CombinationsFormat = "mcodebench-combination-results";
    public const int Version = 1;

    // Flushing at this many pending bytes keeps memory flat whatever the number of rows.
    private const int FlushThreshold = 64 * 1024;

    public ExportFormat Format => ExportFormat.Json;

    public string FileExtension => ".json";

    public string ContentType => "application/json; charset=utf-8";

    public async Task<int> ExportTasksAsync(ExportedRun run, IAsyncEnumerable<TaskResultRow> rows, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);
        var json = CreateWriter(destination, indented: false);
        await using (json.ConfigureAwait(false))
        {
            WriteStart(json, TasksFormat, run);
            json.WriteStartArray("tasks");
            var count = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                json.WriteStartObject();
                WriteColumns(json, TaskResultColumns.All, row);
                json.WriteEndObject();
                count++;
                if (json.BytesPending > FlushThreshold)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    public async Task<int> ExportCombinationsAsync(ExportedRun run, IEnumerable<LeaderboardRow> rows, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);
        var json = CreateWriter(destination, indented: true);
        await using (json.ConfigureAwait(false))
        {
            WriteStart(json, CombinationsFormat, run);
            json.WriteStartArray("combinations");
            var count = 0;
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                json.WriteStartObject();
                WriteColumns(json, CombinationColumns.All, new CombinationResultRow(run, row));
                json.WritePropertyName("aggregates");
                JsonSerializer.Serialize(json, row.Aggregates, ScoringJson.Options);
                json.WriteEndObject();
                count++;
                if (json.BytesPending > FlushThreshold)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    /// <summary>
    /// <c>format</c> is <c>mcodebench-</c> and the table's name (e.g. <c>mcodebench-model-comparison</c>); <c>run</c>
    /// also says the <c>view</c>; the rows are under <c>rows</c>.
    /// </summary>
    public async Task<int> ExportTableAsync<TRow>(ExportedRun run, ExportTable<TRow> table, IEnumerable<TRow> rows, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);
        var json = CreateWriter(destination, indented: true);
        await using (json.ConfigureAwait(false))
        {
            WriteStart(json, "mcodebench-" + table.Name, run, withView: true);
            json.WriteStartArray("rows");
            var count = 0;
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                json.WriteStartObject();
                WriteColumns(json, table.Columns, row);
                json.WriteEndObject();
                count++;
                if (json.BytesPending > FlushThreshold)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    private static Utf8JsonWriter CreateWriter(Stream destination, bool indented) => new(
        destination,
        new JsonWriterOptions
        {
            Indented = indented,

            // Keys and names stay readable (→, accents); the document is data, never embedded in HTML as is.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

    // The view is written only by the levels it changes, so task and combination documents stay as they were.
    private static void WriteStart(Utf8JsonWriter json, string format, ExportedRun run, bool withView = false)
    {
        json.WriteStartObject();
        json.WriteString("format", format);
        json.WriteNumber("version", Version);
        json.WriteStartObject("run");
        json.WriteString("id", run.Id);
        json.WriteString("name", run.Name);
        json.WriteStartObject("ranking");
        json.WriteString("measure", run.Ranking.Measure.ToString().ToLowerInvariant());
        json.WriteString("target", run.Ranking.Target.ToString().ToLowerInvariant());
        json.WriteString("scheme", ExportNames.Of(run.Ranking.Scheme));
        json.WriteString("column", ExportNames.RankingColumn(run.Ranking));
        json.WriteEndObject();
        if (withView)
        {
            json.WriteString("view", ExportNames.Of(run.View));
        }

        json.WritePropertyName("exported_utc");
        WriteValue(json, ExportCell.Of(run.ExportedUtc));
        WriteDigest(json, "gold_digest", run.GoldDigest);
        WriteDigest(json, "trial_text_digest", run.TrialTextDigest);
        json.WriteEndObject();
    }

    // Always written (null when the run predates digests), so a reader can rely on the field being there.
    private static void WriteDigest(Utf8JsonWriter json, string name, string? digest)
    {
        if (digest is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, digest);
        }
    }

    private static void WriteColumns<TRow>(Utf8JsonWriter json, IReadOnlyList<ExportColumn<TRow>> columns, TRow row)
    {
        foreach (var column in columns)
        {
            json.WritePropertyName(column.Name);
            WriteValue(json, column.Value(row));
        }
    }

    private static void WriteValue(Utf8JsonWriter json, ExportCell cell)
    {
        switch (cell.Kind)
        {
            case ExportCellKind.Empty:
                json.WriteNullValue();
                break;
            case ExportCellKind.Text:
                json.WriteStringValue(cell.Text);
                break;
            case ExportCellKind.WholeNumber:
                json.WriteNumberValue(cell.WholeNumber);
                break;
            case ExportCellKind.Number:
                json.WriteNumberValue(cell.Number);
                break;
            case ExportCellKind.Money:
                json.WriteNumberValue(cell.Money);
                break;
            case ExportCellKind.Boolean:
                json.WriteBooleanValue(cell.Boolean);
                break;
            case ExportCellKind.Timestamp:
                json.WriteStringValue(cell.Timestamp);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(cell), cell.Kind, "Unknown cell kind.");
        }
    }
}
