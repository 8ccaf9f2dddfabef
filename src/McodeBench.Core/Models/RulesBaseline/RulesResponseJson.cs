using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using McodeBench.Core.Annotations;
using McodeBench.Core.Pipelines;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// Writes the baseline's answers in the shape of docs/model-output.md, byte-for-byte the same for the same input:
/// properties in a fixed order, items in text order, no white space, a code object only when a code is known.
/// </summary>
public static class RulesResponseJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary><c>{"entities":[...],"mcode_mappings":[...]}</c> for extraction and direct prompts.</summary>
    public static string Extraction(RulesExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return Write(writer =>
        {
            writer.WriteStartArray("entities");
            foreach (var entity in extraction.Entities)
            {
                CanonicalEntitiesJson.WriteEntity(writer, new Entity(entity.Text, entity.Type, null, entity.Criterion, entity.Negated, entity.Id));
            }

            writer.WriteEndArray();
            WriteMappings(writer, extraction.Mappings);
        });
    }

    /// <summary><c>{"mcode_mappings":[...]}</c> for mapping prompts.</summary>
    public static string Mapping(IReadOnlyList<RuleMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        return Write(writer => WriteMappings(writer, mappings));
    }

    private static void WriteMappings(Utf8JsonWriter writer, IEnumerable<RuleMapping> mappings)
    {
        writer.WriteStartArray("mcode_mappings");
        foreach (var mapping in mappings)
        {
            writer.WriteStartObject();
            writer.WriteString("element", mapping.Element);
            writer.WriteString("value", mapping.Value);
            if (mapping.Code is { } code)
            {
                writer.WriteStartObject("code");
                writer.WriteString("system", code.System);
                writer.WriteString("code", code.Code);
                if (code.Display is not null)
                {
                    writer.WriteString("display", code.Display);
                }

                writer.WriteEndObject();
            }

            writer.WriteString("entity_id", mapping.EntityId);
            writer.WriteString("source_text", mapping.SourceText);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
