using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using McodeBench.Core.Annotations;

namespace McodeBench.Core.Pipelines;

/// <summary>
/// Writes entities as the canonical JSON array of docs/model-output.md (id, text, type, criterion, negated): the
/// mapping prompt's <c>{entities_json}</c>. One entity per line keeps long lists readable for models and people.
/// </summary>
public static class CanonicalEntitiesJson
{
    // Prompts are not HTML: keep "≥", quotes and accents as written so the model sees the trial's own words.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count == 0)
        {
            return "[]";
        }

        var builder = new StringBuilder("[\n");
        for (var i = 0; i < entities.Count; i++)
        {
            builder.Append("  ").Append(WriteOne(entities[i])).Append(i < entities.Count - 1 ? ",\n" : "\n");
        }

        return builder.Append(']').ToString();
    }

    private static string WriteOne(Entity entity)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            WriteEntity(writer, entity);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One entity object in the canonical field order; also used by the rules baseline for its answers.</summary>
    internal static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entity);
        writer.WriteStartObject();
        if (entity.Id is not null)
        {
            writer.WriteString("id", entity.Id);
        }

        writer.WriteString("text", entity.Text);
        writer.WriteString("type", entity.Type);
        writer.WriteString("criterion", entity.Criterion.ToWireName());
        writer.WriteBoolean("negated", entity.Negated);
        writer.WriteEndObject();
    }
}
