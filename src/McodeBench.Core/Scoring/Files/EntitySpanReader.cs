using System.Text;
using System.Text.Json;
using McodeBench.Core.Annotations;
using McodeBench.Core.Pipelines.Parsing;

namespace McodeBench.Core.Scoring.Files;

/// <summary>
/// Adds the optional spans (<c>section</c>, <c>start</c>, <c>end</c>) of a predictions file's <c>entities</c> items to
/// the entities the model-output parser read from them. The parser ignores offsets (models are never asked for them)
/// and drops unusable items, so each item is first checked with the parser itself to know which entity it became.
/// </summary>
internal static class EntitySpanReader
{
    public static IReadOnlyList<Entity> Apply(JsonElement entry, string entryPath, IReadOnlyList<Entity> entities, Action<string> warn)
    {
        if (!entry.TryGetProperty("entities", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return entities;
        }

        var spans = new List<TextSpan?>();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var itemPath = $"{entryPath}.entities[{index++}]";
            if (IsKeptByParser(item))
            {
                spans.Add(ReadSpan(item, itemPath, warn));
            }
        }

        // Entities derived from mappings (direct prompts with an empty entities list) have no item to take a span from.
        if (spans.Count != entities.Count || spans.All(span => span is null))
        {
            return entities;
        }

        return entities.Select((entity, i) => spans[i] is { } span ? entity with { Span = span } : entity).ToList();
    }

    private static bool IsKeptByParser(JsonElement item)
    {
        var probe = "{\"entities\":[" + item.GetRawText() + "]}";
        using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(probe), PredictionFileReader.DocumentOptions);
        return new PredictionReader(ParseContext.Lenient, []).Read(document.RootElement, probe).IsSuccess;
    }

    private static TextSpan? ReadSpan(JsonElement item, string path, Action<string> warn)
    {
        var hasSection = item.TryGetProperty("section", out var section);
        var hasStart = item.TryGetProperty("start", out var start);
        var hasEnd = item.TryGetProperty("end", out var end);
        if (!hasSection && !hasStart && !hasEnd)
        {
            return null;
        }

        if (hasSection && section.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(section.GetString())
            && hasStart && start.ValueKind == JsonValueKind.Number && start.TryGetInt32(out var from) && from >= 0
            && hasEnd && end.ValueKind == JsonValueKind.Number && end.TryGetInt32(out var to) && to > from)
        {
            return new TextSpan(section.GetString()!.Trim(), from, to);
        }

        warn($"{path}: a span needs \"section\" (a section name), \"start\" and \"end\" (whole numbers, 0 <= start < end, "
            + $"offsets into that section's text, end exclusive); found section {Raw(hasSection, section)}, start {Raw(hasStart, start)}, "
            + $"end {Raw(hasEnd, end)}. The entity is anchored by its text instead.");
        return null;
    }

    private static string Raw(bool present, JsonElement value) => present ? value.GetRawText() : "(missing)";
}
