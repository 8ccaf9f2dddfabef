using System.Text.Json;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// Maps entities another step extracted (a mapping prompt's entities_json) to mCODE: the entity's own text is read by
/// the extractor, and a mention covering at least half of it lends its mappings (preferring one of the entity's type);
/// otherwise the entity's type decides the element and its text becomes the value, without a code.
/// </summary>
public sealed class EntityMapper
{
    private static readonly Dictionary<string, string> TypeAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cancer"] = "condition", ["diagnosis"] = "condition", ["disease"] = "condition", ["cancer_condition"] = "condition",
        ["staging"] = "stage", ["cancer_stage"] = "stage", ["tnm_stage"] = "tnm", ["tnm_category"] = "tnm",
        ["tumor_marker"] = "biomarker", ["marker"] = "biomarker", ["tumor_marker_test"] = "biomarker",
        ["mutation"] = "genomic_variant", ["variant"] = "genomic_variant", ["gene"] = "genomic_variant", ["genomic"] = "genomic_variant",
        ["drug"] = "medication", ["treatment"] = "medication", ["therapy"] = "medication", ["chemotherapy"] = "medication",
        ["procedure"] = "surgery", ["surgical_procedure"] = "surgery",
        ["radiation"] = "radiotherapy", ["radiation_therapy"] = "radiotherapy",
        ["ecog"] = "performance_status", ["karnofsky"] = "performance_status", ["performance"] = "performance_status",
    };

    private readonly RulesExtractor extractor;

    public EntityMapper(RulesExtractor extractor) => this.extractor = extractor ?? throw new ArgumentNullException(nameof(extractor));

    /// <summary>Reads entities from a JSON array, or from an object with an "entities" array; unreadable input gives none.</summary>
    public static IReadOnlyList<GivenEntity> ParseEntities(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            var array = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("entities", out var entities) ? entities : root;
            if (array.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            var result = new List<GivenEntity>();
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                var id = item.TryGetProperty("id", out var idValue) ? idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : idValue.GetRawText() : null;
                var type = item.TryGetProperty("type", out var typeValue) && typeValue.ValueKind == JsonValueKind.String ? typeValue.GetString() : null;
                result.Add(new GivenEntity(id ?? "e" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), text.GetString() ?? string.Empty, type ?? string.Empty));
            }

            return result;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The canonical entity type for a type name a model or a person wrote.</summary>
    public static string CanonicalType(string type)
    {
        var key = (type ?? string.Empty).Trim().Replace(' ', '_').Replace('-', '_');
        return TypeAliases.TryGetValue(key, out var canonical) ? canonical : key.ToLowerInvariant();
    }

    public IReadOnlyList<RuleMapping> Map(IEnumerable<GivenEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var mappings = new List<RuleMapping>();
        foreach (var entity in entities)
        {
            var text = entity.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var type = CanonicalType(entity.Type);
            var extraction = extractor.Extract(text);
            var best = extraction.Entities
                .Where(e => 2 * (e.End - e.Start) >= text.Length)
                .OrderByDescending(e => e.Type == type)
                .ThenByDescending(e => e.End - e.Start)
                .ThenBy(e => e.Start)
                .FirstOrDefault();
            if (best is not null)
            {
                mappings.AddRange(extraction.Mappings.Where(m => m.EntityId == best.Id)
                    .Select(m => m with { EntityId = entity.Id, SourceText = entity.Text }));
            }
            else if (FallbackElement(type, text) is { } element)
            {
                mappings.Add(new RuleMapping(element, text, null, entity.Id, entity.Text));
            }
        }

        return mappings;
    }

    private static string? FallbackElement(string type, string text) => type switch
    {
        "condition" => text.Contains("metasta", StringComparison.OrdinalIgnoreCase) ? "SecondaryCancerCondition" : "PrimaryCancerCondition",
        "stage" => "TNMStageGroup",
        "tnm" => text.TrimStart('c', 'p', 'y', 'r', 'a').FirstOrDefault() switch
        {
            'N' or 'n' => "TNMRegionalNodesCategory",
            'M' or 'm' => "TNMDistantMetastasesCategory",
            _ => "TNMPrimaryTumorCategory",
        },
        "biomarker" => "TumorMarkerTest",
        "genomic_variant" => "GenomicVariant",
        "medication" => "CancerRelatedMedicationRequest",
        "surgery" => "CancerRelatedSurgicalProcedure",
        "radiotherapy" => "RadiotherapyCourseSummary",
        "performance_status" => text.Contains("karnofsky", StringComparison.OrdinalIgnoreCase) || text.Contains("KPS", StringComparison.Ordinal)
            ? "KarnofskyPerformanceStatus"
            : "ECOGPerformanceStatus",
        _ => null,
    };
}
