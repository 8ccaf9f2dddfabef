using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Tests.Scoring;

/// <summary>A small in-memory mCODE vocabulary with the elements, families and bindings the scoring tests need.</summary>
internal static class TestVocabulary
{
    public const string TumorMarkerValueSet = "test-tumor-marker-vs";
    public const string ConditionValueSet = "test-primary-condition-vs";

    public static McodeVocabulary Create() => new(
        [
            new McodeElement("PrimaryCancerCondition", "mcode-primary-cancer-condition", "CancerCondition", ["CancerCondition"], [CodeSystems.Snomed, CodeSystems.Icd10Cm], [ConditionValueSet]),
            new McodeElement("SecondaryCancerCondition", "mcode-secondary-cancer-condition", "CancerCondition", [], [CodeSystems.Snomed], []),
            new McodeElement("TumorMarkerTest", "mcode-tumor-marker-test", "TumorMarkerTest", ["TumorMarker"], [CodeSystems.Loinc], [TumorMarkerValueSet]),
            new McodeElement("CancerRelatedMedicationRequest", "mcode-cancer-related-medication-request", "CancerRelatedMedication", [], [CodeSystems.RxNorm], []),
            new McodeElement("CancerRelatedMedicationAdministration", "mcode-cancer-related-medication-administration", "CancerRelatedMedication", [], [CodeSystems.RxNorm], []),
            new McodeElement("TNMPrimaryTumorCategory", "mcode-tnm-primary-tumor-category", "TNMCategory", [], [CodeSystems.Snomed], []),
            new McodeElement("TNMRegionalNodesCategory", "mcode-tnm-regional-nodes-category", "TNMCategory", [], [CodeSystems.Snomed], []),
            new McodeElement("ECOGPerformanceStatus", "mcode-ecog-performance-status", "PerformanceStatus", [], [], []),
        ],
        new Dictionary<string, IReadOnlyCollection<CodeRef>>
        {
            [TumorMarkerValueSet] = [new CodeRef(CodeSystems.Loinc, "48676-1"), new CodeRef(CodeSystems.Loinc, "85319-2")],
        });

    public static McodeBench.Core.Scoring.ScoringOptions Options() => new(Create());
}
