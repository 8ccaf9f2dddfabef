namespace McodeBench.Core.Trials;

/// <summary>
/// The tags the readers put on a <see cref="Trial"/>: <c>prefix:value</c> strings that run specs and the UI filter on
/// (e.g. <c>phase:PHASE2</c>, <c>status:RECRUITING</c>, <c>condition:breast cancer</c>, <c>case:pancreatic_cancer_advanced</c>).
/// </summary>
public static class TrialTags
{
    public const string PhasePrefix = "phase:";
    public const string StatusPrefix = "status:";
    public const string StudyTypePrefix = "study_type:";
    public const string ConditionPrefix = "condition:";
    public const string CasePrefix = "case:";
    public const string SourcePrefix = "source:";

    public static string Phase(string phase) => PhasePrefix + phase.Trim();

    public static string Status(string status) => StatusPrefix + status.Trim();

    public static string StudyType(string studyType) => StudyTypePrefix + studyType.Trim();

    /// <summary>Conditions are lower-cased so that "Breast Cancer" and "breast cancer" filter alike.</summary>
    public static string Condition(string condition) => ConditionPrefix + condition.Trim().ToLowerInvariant();

    /// <summary>The predecessor's test-case key (<c>{"test_cases": {key: study}}</c>), kept so its gold files can find the trial.</summary>
    public static string Case(string caseId) => CasePrefix + caseId;

    /// <summary>Where a trial came from when it is not CT.gov (e.g. <c>source:brat</c>).</summary>
    public static string Source(string source) => SourcePrefix + source;

    /// <summary>The predecessor case id of a trial, or null when it was not read from a test-case wrapper.</summary>
    public static string? CaseIdOf(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var tag = trial.Tags.FirstOrDefault(t => t.StartsWith(CasePrefix, StringComparison.Ordinal));
        return tag?[CasePrefix.Length..];
    }

    /// <summary>Every value of tags with this prefix, e.g. all phases.</summary>
    public static IEnumerable<string> ValuesOf(Trial trial, string prefix)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return trial.Tags.Where(t => t.StartsWith(prefix, StringComparison.Ordinal)).Select(t => t[prefix.Length..]);
    }
}
