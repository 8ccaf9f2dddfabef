namespace McodeBench.Core.Gold;

/// <summary>
/// The entity and event types of the Leaf Clinical Trials corpus scheme (its <c>annotation.conf</c>, plus the few
/// types its files write that the conf names only inside events). The LCT table maps a handful of them; the rest are
/// dropped on purpose, so they are reported as notes rather than as warnings about an unknown type.
/// </summary>
internal static class LctSchemeTypes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Acuteness", "Age", "Allergy", "Allergy-Name", "Assertion", "Birth", "Code", "Condition", "Condition-Name", "Condition-Type",
        "Contraindication", "Coreference", "Criteria-Count", "Death", "Drug", "Drug-Name", "Encounter", "Encounter-Type",
        "Eq-Comparison", "Eq-Operator", "Eq-Temporal-Period", "Eq-Temporal-Recency", "Eq-Temporal-Unit", "Eq-Unit", "Eq-Value",
        "Ethnicity", "Exception", "Family-Member", "Immunization", "Immunization-Name", "Indication", "Insurance", "Language",
        "Life-Stage-And-Gender", "Living-Location", "Location", "Modifier", "Negation", "Observation", "Observation-Name",
        "Organism", "Organism-Name", "Other", "Polarity", "Procedure", "Procedure-Name", "Procedure-Type", "Provider",
        "Provider-Role", "Provider-Type", "Recency", "Risk", "Severity", "Specimen", "Stability", "Study",
    ];
}
