namespace McodeBench.Core.Mcode;

/// <summary>
/// One mCODE STU4 profile as the scorer and the compliance checks need it.
/// </summary>
/// <param name="Name">The STU4 profile name, e.g. <c>PrimaryCancerCondition</c>.</param>
/// <param name="Id">The STU4 profile id, e.g. <c>mcode-primary-cancer-condition</c>.</param>
/// <param name="Family">The element family used by lenient mapping scores, e.g. <c>CancerRelatedMedication</c> or <c>TNMCategory</c>.</param>
/// <param name="Aliases">Older or informal names that resolve to this element (e.g. <c>CancerCondition</c>).</param>
/// <param name="ExpectedSystems">Canonical code-system URIs the element's value binding expects; empty when unconstrained.</param>
/// <param name="ValueSetIds">Ids of the value sets its value binding names; codes may be checked against their enumerations.</param>
/// <param name="FixedCode">The fixed observation code of the profile (e.g. LOINC 89247-1 for ECOG), when it has one.</param>
public sealed record McodeElement(
    string Name,
    string Id,
    string Family,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ExpectedSystems,
    IReadOnlyList<string> ValueSetIds,
    Annotations.CodeRef? FixedCode = null);
