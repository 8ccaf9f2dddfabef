namespace McodeBench.Core.Scoring;

/// <summary>The four entity scoring schemes of SemEval-2013 Task 9.1 (as in nervaluate); see docs/scoring.md.</summary>
public enum EntityScheme
{
    /// <summary>Exact boundary and equal type.</summary>
    Strict,

    /// <summary>Exact boundary, type ignored.</summary>
    Exact,

    /// <summary>Overlap counts as partial (half), type ignored.</summary>
    Partial,

    /// <summary>Overlap and equal type (the "lenient" default in the UI).</summary>
    Type,
}
