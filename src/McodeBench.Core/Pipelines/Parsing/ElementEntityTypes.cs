namespace McodeBench.Core.Pipelines.Parsing;

/// <summary>
/// The canonical entity type an mCODE element name implies (e.g. <c>TumorMarkerTest</c> → <c>biomarker</c>), used
/// when entities are derived from a direct prompt's mappings. Matching is on name fragments so that STU4 names, their
/// predecessors' informal names (<c>CancerRelatedMedication</c>, <c>TNMClinicalStageGroup</c>) and clinical/pathological
/// variants all resolve. Elements that name no mention type (<c>CancerDiseaseStatus</c>, <c>Patient</c>) imply none.
/// </summary>
internal static class ElementEntityTypes
{
    // Order matters: TNM categories before stage groups ("TNMStageGroup" is a stage, "TNMPrimaryTumorCategory" a tnm).
    private static readonly (string[] Fragments, string Type)[] Rules =
    [
        (["performancestatus", "ecog", "karnofsky"], "performance_status"),
        (["tnmprimarytumor", "tnmregionalnodes", "tnmdistantmetastas", "tnmclinicalprimary", "tnmclinicalregional", "tnmclinicaldistant", "tnmpathologicalprimary", "tnmpathologicalregional", "tnmpathologicaldistant"], "tnm"),
        (["stage"], "stage"),
        (["medication"], "medication"),
        (["surgical", "surgery", "cancerrelatedprocedure"], "surgery"),
        (["radiotherapy", "radiation"], "radiotherapy"),
        (["genomicvariant", "geneticvariant"], "genomic_variant"),
        (["tumormarker", "biomarker"], "biomarker"),
        (["cancercondition"], "condition"),
    ];

    /// <summary>The implied entity type, or null when the element names no kind of mention.</summary>
    public static string? ImpliedBy(string element)
    {
        var key = JsonMembers.Key(element);
        foreach (var (fragments, type) in Rules)
        {
            if (fragments.Any(fragment => key.Contains(fragment, StringComparison.Ordinal)))
            {
                return type;
            }
        }

        return null;
    }
}
