namespace McodeBench.Core.Scoring.Values;

/// <summary>
/// Chooses the value reader for an mCODE element and returns the value's canonical comparable form, or null when the
/// element has no reader or the value does not read (the scorer then compares normalised text). Two values are the
/// same finding when their canonical forms are equal; the form carries the reader's name (<c>ecog:</c>, <c>tnm:</c>,
/// ...) so forms from different readers never collide.
/// </summary>
internal static class ClinicalValueNormalizer
{
    /// <param name="elementName">The STU4 element name (aliases already resolved).</param>
    public static string? Canonical(string elementName, string? value) => elementName switch
    {
        "ECOGPerformanceStatus" => PerformanceStatusValue.Canonical(value, PerformanceScale.Ecog),
        "KarnofskyPerformanceStatus" => PerformanceStatusValue.Canonical(value, PerformanceScale.Karnofsky),
        "LanskyPlayPerformanceStatus" => PerformanceStatusValue.Canonical(value, PerformanceScale.Lansky),
        "TNMPrimaryTumorCategory" or "TNMRegionalNodesCategory" or "TNMDistantMetastasesCategory" or "TNMCategory" => TnmValue.Read(value)?.Canonical,
        "TNMStageGroup" or "CancerStage" or "LymphomaStage" => StageGroupValue.Canonical(value),
        "TumorMarkerTest" => ReceptorStatusValue.Canonical(value),
        "CancerRelatedMedicationRequest" or "CancerRelatedMedicationAdministration" => DrugIngredientValue.Canonical(value, DrugIngredientTable.Default),
        _ => null,
    };
}
