namespace McodeBench.Core.Scoring;

/// <summary>How mapping values are compared when a pair is not decided by codes (docs/scoring.md, *Clinical values*).</summary>
public enum ValueComparison
{
    /// <summary>
    /// Values that both read as the same clinical finding are equal however they are written (ECOG <c>0-1</c> =
    /// <c>&lt;= 1</c>, <c>cT2N0M0</c> = <c>T2 N0 M0</c>, HER2 <c>3+</c> = <c>positive</c>, ...); otherwise the normalised
    /// texts are compared. The default.
    /// </summary>
    Clinical,

    /// <summary>Normalised texts only, as every score before clinical comparison was computed: for reproducing them.</summary>
    Text,
}
