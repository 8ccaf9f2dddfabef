namespace McodeBench.Core.Trials;

/// <summary>How much a problem found while loading trials or gold annotations matters.</summary>
public enum LoadDiagnosticSeverity
{
    /// <summary>Worth knowing; nothing was lost (e.g. a span re-anchored case-insensitively).</summary>
    Info,

    /// <summary>The item loaded but something is missing or was adjusted (e.g. a trial without eligibility criteria).</summary>
    Warning,

    /// <summary>The item, or part of it, could not be loaded or does not agree with its trial.</summary>
    Error,
}
