using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;

namespace McodeBench.Core.Datasets;

/// <summary>
/// Turns a brat corpus into a benchmark workspace's data: <c>trials/NAME.json</c>, one CT.gov API v2 record per
/// document whose eligibility criteria are the document's text (so gold offsets stay valid: the text is kept byte for
/// byte), <c>gold/NAME.gold.json</c> with the mapped, de-duplicated annotations, and <c>import-report.json</c>. A run
/// points at them with the <c>Trials</c> and <c>Gold</c> settings (docs/trials.md).
/// </summary>
public static class BratDatasetImporter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<DatasetImportReport> ImportAsync(string bratFolder, BratTypeMap map, string name, string outputFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bratFolder);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(outputFolder);
        var imported = await BratImporter.ImportDirectoryAsync(bratFolder, map, BratReadOptions.Gold, cancellationToken).ConfigureAwait(false);
        var diagnostics = imported.Diagnostics.ToList();
        diagnostics.AddRange(DroppedTypeReport.Describe(bratFolder, "gold", map, imported.MappedByType, imported.DroppedByBratType));
        if (imported.Documents.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, bratFolder, "no brat document (.txt with its .ann) was found.", "Give the folder that holds the NAME.txt and NAME.ann files."));
        }

        var trialsFolder = Path.Combine(outputFolder, "trials");
        var goldFolder = Path.Combine(outputFolder, "gold");
        var duplicates = 0;
        var standards = new List<GoldStandard>();
        foreach (var document in imported.Documents)
        {
            var (standard, removed) = GoldDuplicates.Remove(document.Gold, Path.Combine(bratFolder, document.Trial.Id + ".ann"));
            duplicates += removed.Count;
            diagnostics.AddRange(removed);
            standards.Add(standard);
        }

        if (!diagnostics.Any(d => d.IsError))
        {
            Directory.CreateDirectory(trialsFolder);
            Directory.CreateDirectory(goldFolder);
            var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            foreach (var (document, standard) in imported.Documents.Zip(standards))
            {
                var text = document.Trial.FindSection(Trials.SectionNames.Eligibility)?.Text ?? string.Empty;
                await File.WriteAllTextAsync(Path.Combine(trialsFolder, document.Trial.Id + ".json"), TrialRecord(document.Trial.Id, text), encoding, cancellationToken).ConfigureAwait(false);
                await GoldStandardWriter.WriteFileAsync(Path.Combine(goldFolder, document.Trial.Id + GoldFormat.FileExtension), [standard], cancellationToken).ConfigureAwait(false);
            }
        }

        var report = new DatasetImportReport(
            name,
            bratFolder,
            map.Name,
            trialsFolder,
            goldFolder,
            imported.Documents.Count,
            imported.MappedByType,
            imported.DroppedByBratType,
            duplicates,
            imported.Discontinuous.Count,
            diagnostics);
        if (!report.HasErrors)
        {
            await File.WriteAllTextAsync(Path.Combine(outputFolder, "import-report.json"), report.ToJson() + "\n", cancellationToken).ConfigureAwait(false);
        }

        return report;
    }

    /// <summary>A minimal CT.gov API v2 study: the NCT id (the document name) and the text as eligibility criteria; the dataset name is in the import report.</summary>
    private static string TrialRecord(string id, string text)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("protocolSection");
            writer.WriteStartObject("identificationModule");
            writer.WriteString("nctId", id);
            writer.WriteEndObject();
            writer.WriteStartObject("eligibilityModule");
            writer.WriteString("eligibilityCriteria", text);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
