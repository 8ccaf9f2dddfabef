using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using McodeBench.Core.Annotations;

namespace McodeBench.Core.Gold;

/// <summary>
/// Writes gold annotations in the native format (docs/gold-format.md) so that <see cref="GoldStandardReader"/> reads
/// back the same values. Entities without an id get <c>e1</c>, <c>e2</c>, ... (ids already taken are skipped).
/// </summary>
public static class GoldStandardWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,

        // Gold files are read by people: keep "≥", "—" and accented letters as they are, not as \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteFileAsync(string path, IEnumerable<GoldStandard> standards, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var json = Write(standards);

        // Write beside the target and move into place, so an interrupted save never leaves a half-written gold file.
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    public static string Write(IEnumerable<GoldStandard> standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("format", GoldFormat.Name);
            writer.WriteNumber("version", GoldFormat.CurrentVersion);
            writer.WriteStartArray("trials");
            foreach (var standard in standards)
            {
                WriteTrial(writer, standard);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteTrial(Utf8JsonWriter writer, GoldStandard standard)
    {
        writer.WriteStartObject();
        writer.WriteString("trial_id", standard.TrialId);
        writer.WriteStartArray("entities");
        var ids = AssignIds(standard.Entities);
        for (var i = 0; i < standard.Entities.Count; i++)
        {
            WriteEntity(writer, standard.Entities[i], ids[i], standard.TrialId);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("mappings");
        foreach (var mapping in standard.Mappings)
        {
            WriteMapping(writer, mapping);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static List<string> AssignIds(IReadOnlyList<Entity> entities)
    {
        var taken = entities.Where(e => e.Id is { Length: > 0 }).Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var next = 1;
        var ids = new List<string>(entities.Count);
        foreach (var entity in entities)
        {
            if (entity.Id is { Length: > 0 } id)
            {
                ids.Add(id);
                continue;
            }

            while (taken.Contains($"e{next}"))
            {
                next++;
            }

            var generated = $"e{next++}";
            taken.Add(generated);
            ids.Add(generated);
        }

        return ids;
    }

    private static void WriteEntity(Utf8JsonWriter writer, Entity entity, string id, string trialId)
    {
        var span = entity.Span ?? throw new ArgumentException(
            $"Gold entity \"{entity.Text}\" of trial {trialId} has no span; gold entities must say where they are (section, start, end).",
            nameof(entity));
        writer.WriteStartObject();
        writer.WriteString("id", id);
        WriteSpanFields(writer, span);
        writer.WriteString("text", entity.Text);
        writer.WriteString("type", entity.Type);
        writer.WriteString("criterion", entity.Criterion.ToWireName());
        writer.WriteBoolean("negated", entity.Negated);
        writer.WriteEndObject();
    }

    private static void WriteMapping(Utf8JsonWriter writer, Mapping mapping)
    {
        writer.WriteStartObject();
        writer.WriteString("element", mapping.Element);
        if (mapping.Value is not null)
        {
            writer.WriteString("value", mapping.Value);
        }

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

        if (mapping.EntityId is not null)
        {
            writer.WriteString("entity_id", mapping.EntityId);
        }

        if (mapping.Span is { } span)
        {
            writer.WriteStartObject("span");
            WriteSpanFields(writer, span);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteSpanFields(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteString("section", span.Section);
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
    }
}
