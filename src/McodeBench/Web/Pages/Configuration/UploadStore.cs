using McodeBench.Core.Gold;

namespace McodeBench.Web.Pages.Configuration;

/// <summary>
/// Saves a validated upload into the configured trials or gold folder. File names come from the (checked) trial id,
/// never from the uploaded name; an existing file is not overwritten. Returns the path written.
/// </summary>
public static class UploadStore
{
    /// <exception cref="InvalidOperationException">The report has errors, or the file exists; the message says what to do.</exception>
    public static string Save(UploadReport report, string folder)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!report.CanSave)
        {
            throw new InvalidOperationException("The upload has errors (or holds nothing); fix them and upload again.");
        }

        var ids = report.Kind == UploadKind.CtGovTrials ? report.Trials.Select(t => t.Id).ToList() : report.Gold.Select(g => g.TrialId).ToList();
        var stem = ids.Count == 1 ? ids[0] : $"{ids[0]}-and-{ids.Count - 1}-more";
        var extension = report.Kind == UploadKind.CtGovTrials ? Path.GetExtension(report.SourceName) : ".gold.json";
        var path = Inside(folder, stem + extension);
        if (File.Exists(path))
        {
            throw new InvalidOperationException($"{Path.GetFileName(path)} exists already in {folder}; delete or rename it first if it should be replaced.");
        }

        Directory.CreateDirectory(folder);
        // A new file only (checked above), so a plain write cannot clobber anything.
        File.WriteAllText(path, report.Content ?? GoldStandardWriter.Write(report.Gold));
        return path;
    }

    // The id was checked already; this makes sure no name can leave the folder whatever the check lets through.
    private static string Inside(string folder, string fileName)
    {
        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, fileName));
        if (!UploadValidation.IsSafeId(Path.GetFileNameWithoutExtension(fileName)) || !string.Equals(Path.GetDirectoryName(path), root.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{fileName}' cannot be saved: it would not be a plain file in {folder}.");
        }

        return path;
    }
}
