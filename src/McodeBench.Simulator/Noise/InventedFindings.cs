using System.Collections.Immutable;

namespace McodeBench.Simulator.Noise;

/// <summary>
/// Plausible eligibility-criteria findings written for the simulator (not taken from any trial). An invented entity
/// is one of these whose text does not occur in the prompt, so it is a genuine false positive for the scorer.
/// </summary>
internal static class InventedFindings
{
    public static ImmutableArray<InventedFinding> All { get; } =
    [
        new("metastatic pancreatic adenocarcinoma", "condition", "PrimaryCancerCondition"),
        new("relapsed diffuse large B-cell lymphoma", "condition", "PrimaryCancerCondition"),
        new("brain metastases requiring steroids", "condition", "SecondaryCancerCondition"),
        new("stage IIIC ovarian carcinoma", "stage", "CancerStage"),
        new("T4b primary tumor", "tnm", "TNMPrimaryTumorCategory"),
        new("N3 nodal disease", "tnm", "TNMRegionalNodesCategory"),
        new("M1c distant metastases", "tnm", "TNMDistantMetastasesCategory"),
        new("PD-L1 tumor proportion score of at least 50%", "biomarker", "TumorMarkerTest"),
        new("estrogen receptor-negative", "biomarker", "TumorMarkerTest"),
        new("CA-125 above twice the upper limit of normal", "biomarker", "TumorMarkerTest"),
        new("BRCA2 germline mutation", "genomic_variant", "GenomicVariant"),
        new("KRAS G12C mutation", "genomic_variant", "GenomicVariant"),
        new("EGFR exon 20 insertion", "genomic_variant", "GenomicVariant"),
        new("prior treatment with trastuzumab deruxtecan", "medication", "CancerRelatedMedicationRequest"),
        new("prior CAR T-cell therapy", "medication", "CancerRelatedMedicationRequest"),
        new("concurrent cisplatin-based chemoradiation", "medication", "CancerRelatedMedicationAdministration"),
        new("radical cystectomy within the past 6 months", "surgery", "CancerRelatedSurgicalProcedure"),
        new("prior pancreaticoduodenectomy", "surgery", "CancerRelatedSurgicalProcedure"),
        new("prior whole-brain radiotherapy", "radiotherapy", "RadiotherapyCourseSummary"),
        new("stereotactic body radiation therapy to the liver", "radiotherapy", "RadiotherapyCourseSummary"),
        new("ECOG performance status of 3", "performance_status", "ECOGPerformanceStatus"),
        new("Karnofsky performance status below 60", "performance_status", "KarnofskyPerformanceStatus"),
    ];
}
