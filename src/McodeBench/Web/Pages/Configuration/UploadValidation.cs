using System.Text.RegularExpressions;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Trials;

namespace McodeBench.Web.Pages.Configuration;

/// <summary>
/// Reads an upload with the readers the workspace loader uses and reports what it holds, without saving anything.
/// The uploaded file name never becomes a path: only its extension is looked at (it picks JSON or NDJSON), and the
/// name reports use is fixed ("upload.json").
/// </summary>
public static partial class UploadValidation
{
    /// <summary>The largest file accepted, in bytes (10 MiB): larger uploads are refused before they are read.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static UploadReport CtGov(string content, string uploadedName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var source = IsNdjson(uploadedName) ? "upload.ndjson" : "upload.json";
        var read = CtGovStudyReader.Read(content, source);
        var problems = read.Diagnostics.Concat(read.Trials.Where(t => !IsSafeId(t.Id)).Select(t => UnsafeId(source, t.Id))).ToList();
        return new UploadReport(UploadKind.CtGovTrials, source, problems, read.Trials, [], content);
    }

    /// <param name="trials">The trials the gold is checked against (spans inside the text, text at the span).</param>
    public static UploadReport NativeGold(string json, IReadOnlyDictionary<string, Trial> trials)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(trials);
        const string source = "upload.gold.json";
        var read = GoldStandardReader.Read(json, source);
        var problems = read.Diagnostics.ToList();
        foreach (var entry in read.Entries)
        {
            if (!IsSafeId(entry.TrialId))
            {
                problems.Add(UnsafeId(source, entry.TrialId));
            }
            else if (trials.TryGetValue(entry.TrialId, out var trial))
            {
                problems.AddRange(GoldValidator.Validate(entry.Standard, trial, entry.Origin));
            }
            else
            {
                problems.Add(Diagnostic.Warning(source, entry.Origin.TrialPath, $"Trial {entry.TrialId} is not loaded, so its spans cannot be checked against its text.", "Upload the trial's CT.gov record too."));
            }
        }

        return new UploadReport(UploadKind.NativeGold, source, problems, [], read.Standards, null);
    }

    /// <param name="documentId">The brat document's id (its file name without extension); must be a plain id such as an NCT number.</param>
    public static UploadReport Brat(string documentId, string text, string annotations)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        if (!IsSafeId(documentId))
        {
            return new UploadReport(UploadKind.Brat, "upload.ann", [UnsafeId("upload.ann", documentId)], [], [], null);
        }

        var read = BratImporter.ImportDocument(documentId, text, annotations, sourceName: "upload.ann");
        return new UploadReport(UploadKind.Brat, "upload.ann", read.Diagnostics, read.Trials, read.Standards, null);
    }

    /// <summary>True for ids safe as file names: letters, digits, '-', '_' and '.', not starting with '.', at most 100 characters.</summary>
    public static bool IsSafeId(string id) => SafeId().IsMatch(id);

    private static bool IsNdjson(string uploadedName) =>
        Path.GetExtension(uploadedName ?? string.Empty).ToLowerInvariant() is ".ndjson" or ".jsonl";

    private static Diagnostic UnsafeId(string source, string id) =>
        Diagnostic.Error(source, "$", $"The trial id '{id}' cannot name a file.", "Use letters, digits, '-', '_' and '.' only (an NCT number such as NCT01234567).");

    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeId();
}
