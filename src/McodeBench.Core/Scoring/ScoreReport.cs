using System.Text.Json;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Scoring;

/// <summary>
/// Everything scoring found for one prediction against one trial's gold standard: entity counts per scheme, mapping
/// counts per scheme (next to, never mixed into, entity counts), compliance, breakdowns, and the alignments behind the
/// counts so every figure can be explained. Serialises to snake_case JSON with undefined figures as null.
/// </summary>
/// <param name="Unsupported">Predicted entities whose text occurs nowhere in the trial (counted among SPU).</param>
/// <param name="PerEntityType">Counts per canonical entity type (pairs and misses under the gold type, spurious under the predicted type).</param>
/// <param name="PerElement">Mapping counts per mCODE element (pairs and misses under the gold element, spurious under the predicted one).</param>
/// <param name="Diagnostics">What scoring worked around (warnings; the place is a path such as <c>gold.entities[2].span</c>).</param>
public sealed record ScoreReport(
    string TrialId,
    EntitySchemes<OutcomeCounts> Entities,
    MappingSchemes<OutcomeCounts> Mappings,
    ComplianceSummary Compliance,
    int Unsupported,
    IReadOnlyDictionary<string, EntitySchemes<OutcomeCounts>> PerEntityType,
    IReadOnlyDictionary<string, MappingSchemes<OutcomeCounts>> PerElement,
    IReadOnlyList<EntityAlignmentRow> EntityAlignment,
    IReadOnlyList<MappingAlignmentRow> MappingAlignment,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public string ToJson() => JsonSerializer.Serialize(this, ScoringJson.Options);

    public static ScoreReport FromJson(string json) =>
        JsonSerializer.Deserialize<ScoreReport>(json, ScoringJson.Options)
        ?? throw new JsonException("A score report JSON document is null; expected an object with trial_id, entities, mappings, ...");
}
