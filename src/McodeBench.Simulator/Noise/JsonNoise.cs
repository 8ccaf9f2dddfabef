using System.Text.Json;
using System.Text.Json.Nodes;

namespace McodeBench.Simulator.Noise;

/// <summary>
/// Makes a model-output JSON answer (<c>entities</c>, <c>mcode_mappings</c>; see docs/model-output.md) worse the way
/// real models do: drops entities and mappings, invents findings that are not in the trial, and moves the boundary
/// of entity texts by one word. Answers that are not such JSON are returned untouched; so are answers the draws
/// leave unchanged (verbatim, formatting included).
/// </summary>
internal static class JsonNoise
{
    private const string ClinicalTextOpen = "<clinical_text>";
    private const string ClinicalTextClose = "</clinical_text>";

    public static string Apply(string answer, string prompt, Random random, SimulatorOptions options)
    {
        if (options.DropShare == 0 && options.InventShare == 0 && options.BoundaryShiftShare == 0)
        {
            return answer;
        }

        JsonObject? root;
        try
        {
            root = JsonNode.Parse(answer) as JsonObject;
        }
        catch (JsonException)
        {
            return answer;
        }

        var entities = root?["entities"] as JsonArray;
        var mappings = root?["mcode_mappings"] as JsonArray;
        if (root is null || (entities is null && mappings is null))
        {
            return answer;
        }

        var source = ClinicalText(prompt);
        var changed = false;
        changed |= Drop(entities, random, options.DropShare);
        changed |= Drop(mappings, random, options.DropShare);
        changed |= Shift(entities, "text", source, random, options.BoundaryShiftShare);
        changed |= Shift(mappings, "source_text", source, random, options.BoundaryShiftShare);
        changed |= Invent(entities, mappings, prompt, random, options.InventShare);
        return changed ? root.ToJsonString() : answer;
    }

    /// <summary>The trial text inside the prompt's &lt;clinical_text&gt; tags, else the whole prompt.</summary>
    public static string ClinicalText(string prompt)
    {
        var start = prompt.IndexOf(ClinicalTextOpen, StringComparison.Ordinal);
        var end = start < 0 ? -1 : prompt.IndexOf(ClinicalTextClose, start, StringComparison.Ordinal);
        return start >= 0 && end > start ? prompt[(start + ClinicalTextOpen.Length)..end] : prompt;
    }

#pragma warning disable CA5394 // Simulation randomness, seeded on purpose.
    private static bool Drop(JsonArray? items, Random random, double share)
    {
        if (items is null || share == 0)
        {
            return false;
        }

        var dropped = false;
        for (var index = items.Count - 1; index >= 0; index--)
        {
            if (random.NextDouble() < share)
            {
                items.RemoveAt(index);
                dropped = true;
            }
        }

        return dropped;
    }

    private static bool Shift(JsonArray? items, string property, string source, Random random, double share)
    {
        if (items is null || share == 0)
        {
            return false;
        }

        var shifted = false;
        foreach (var item in items.OfType<JsonObject>())
        {
            if (random.NextDouble() >= share || item[property] is not JsonValue value || !value.TryGetValue<string>(out var text))
            {
                continue;
            }

            var moved = BoundaryShift.Move(text, source, random);
            if (moved != text)
            {
                item[property] = moved;
                shifted = true;
            }
        }

        return shifted;
    }

    private static bool Invent(JsonArray? entities, JsonArray? mappings, string prompt, Random random, double share)
    {
        if (share == 0)
        {
            return false;
        }

        var candidates = InventedFindings.All.Where(finding => !prompt.Contains(finding.Text, StringComparison.OrdinalIgnoreCase)).ToList();
        var chances = (entities ?? mappings)!.Count;
        var invented = false;
        for (var chance = 0; chance < chances && candidates.Count > 0; chance++)
        {
            if (random.NextDouble() >= share)
            {
                continue;
            }

            var pick = random.Next(candidates.Count);
            var finding = candidates[pick];
            candidates.RemoveAt(pick);
            var id = $"sim{chance + 1}";
            entities?.Add(new JsonObject
            {
                ["id"] = id,
                ["text"] = finding.Text,
                ["type"] = finding.EntityType,
                ["criterion"] = "inclusion",
                ["negated"] = false,
            });
            if (mappings is not null)
            {
                var mapping = new JsonObject
                {
                    ["element"] = finding.Element,
                    ["value"] = finding.Text,
                    ["source_text"] = finding.Text,
                };
                if (entities is not null)
                {
                    mapping["entity_id"] = id;
                }

                mappings.Add(mapping);
            }

            invented = true;
        }

        return invented;
    }
#pragma warning restore CA5394
}
