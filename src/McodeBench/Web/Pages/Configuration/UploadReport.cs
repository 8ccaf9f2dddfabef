using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Trials;

namespace McodeBench.Web.Pages.Configuration;

/// <summary>What an upload would add, and every problem found, shown before anything is saved.</summary>
/// <param name="Content">The uploaded text to save as it is (CT.gov records); null when the file to save is written from <see cref="Gold"/>.</param>
public sealed record UploadReport(
    UploadKind Kind,
    string SourceName,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<Trial> Trials,
    IReadOnlyList<GoldStandard> Gold,
    string? Content)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public bool CanSave => !HasErrors && (Kind == UploadKind.CtGovTrials ? Trials.Count > 0 : Gold.Count > 0);
}
