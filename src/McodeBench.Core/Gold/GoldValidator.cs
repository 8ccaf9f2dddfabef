using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Gold;

/// <summary>
/// Checks gold annotations against their trial and reports every problem, each with file, trial, entity id, JSON path
/// and a fix: a span whose text differs from the trial text at its offsets (expected vs found, plus the nearest place
/// the text does occur), a span outside its section, an unknown section, a mapping whose entity_id does not exist, and
/// duplicate entity ids.
/// </summary>
public static class GoldValidator
{
    private const string InMemory = "(in memory)";

    /// <summary>Validates every loaded entry against the trial with its id (or predecessor case id); gold for an unloaded trial is an error.</summary>
    public static IReadOnlyList<Diagnostic> Validate(GoldLoadResult gold, IEnumerable<Trial> trials)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(trials);
        var loaded = new TrialLoadResult(trials.ToList(), []);
        var diagnostics = new List<Diagnostic>();
        foreach (var entry in gold.Entries)
        {
            if (loaded.Find(entry.TrialId) is { } trial)
            {
                diagnostics.AddRange(Validate(entry.Standard, trial, entry.Origin));
                continue;
            }

            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                entry.Origin.Source,
                $"there is gold for trial {entry.TrialId} but no trial with that id was loaded.",
                "Load the trial file that holds it, or correct trial_id.",
                JsonPath: JsonPaths.Property(entry.Origin.TrialPath, "trial_id"),
                TrialId: entry.TrialId));
        }

        return diagnostics;
    }

    public static IReadOnlyList<Diagnostic> Validate(GoldStandard gold, Trial trial, GoldSourceMap? origin = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(trial);
        origin ??= GoldSourceMap.ByPosition(InMemory, 0, gold.Entities.Count, gold.Mappings.Count);
        var report = new DiagnosticList(origin.Source, gold.TrialId);
        var idsSeenAt = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < gold.Entities.Count; i++)
        {
            var entity = gold.Entities[i];
            var path = origin.EntityPath(i);
            if (entity.Id is { Length: > 0 } id)
            {
                if (idsSeenAt.TryGetValue(id, out var firstPath))
                {
                    report.Error(JsonPaths.Property(path, "id"), $"entity id \"{id}\" is used twice (first at {firstPath}).", "Give every entity of a trial its own id.", entityId: id);
                }
                else
                {
                    idsSeenAt[id] = path;
                }
            }

            if (entity.Span is null)
            {
                report.Error(path, $"entity {Name(entity)} has no span.", "Gold entities need section, start and end.", entityId: entity.Id);
                continue;
            }

            CheckEntitySpan(entity, entity.Span, trial, path, report);
        }

        for (var i = 0; i < gold.Mappings.Count; i++)
        {
            var mapping = gold.Mappings[i];
            var path = origin.MappingPath(i);
            if (mapping.EntityId is { } entityId && !idsSeenAt.ContainsKey(entityId))
            {
                report.Error(
                    JsonPaths.Property(path, "entity_id"),
                    $"mapping to {mapping.Element} points at entity \"{entityId}\", which does not exist in this trial's gold.",
                    idsSeenAt.Count == 0 ? "Remove entity_id or add the entity." : $"Use one of the entity ids ({string.Join(", ", idsSeenAt.Keys.Take(10))}) or remove entity_id.");
            }

            if (mapping.Span is { } span && SectionOf(span, trial, JsonPaths.Property(path, "span"), report) is { } section && span.End > section.Text.Length)
            {
                report.Error(
                    JsonPaths.Property(path, "span"),
                    $"span {span} is outside section '{span.Section}' (its text has {section.Text.Length} characters).",
                    "Give offsets inside the section's text.");
            }
        }

        return report.Items;
    }

    private static void CheckEntitySpan(Entity entity, TextSpan span, Trial trial, string path, DiagnosticList report)
    {
        if (SectionOf(span, trial, JsonPaths.Property(path, "section"), report, entity) is not { } section)
        {
            return;
        }

        if (span.Start < 0 || span.End < span.Start || span.End > section.Text.Length)
        {
            report.Error(
                path,
                $"entity {Name(entity)} span {span} is outside section '{span.Section}' (its text has {section.Text.Length} characters).",
                Hint(entity.Text, span, trial) ?? "Give offsets inside the section's text, end exclusive.",
                entityId: entity.Id);
            return;
        }

        var found = section.Text[span.Start..span.End];
        if (!string.Equals(found, entity.Text, StringComparison.Ordinal))
        {
            report.Error(
                JsonPaths.Property(path, "text"),
                $"entity {Name(entity)} text does not match the trial at {span}: expected \"{entity.Text}\", found \"{found}\".",
                Hint(entity.Text, span, trial) ?? $"\"{entity.Text}\" does not occur anywhere in the trial; correct the text or remove the entity.",
                entityId: entity.Id);
        }
    }

    private static TrialSection? SectionOf(TextSpan span, Trial trial, string path, DiagnosticList report, Entity? entity = null)
    {
        if (trial.FindSection(span.Section) is { } section)
        {
            return section;
        }

        var known = SectionNames.All.Contains(span.Section, StringComparer.Ordinal);
        var what = entity is null ? "span" : $"entity {Name(entity)}";
        report.Error(
            path,
            known
                ? $"{what} is in section '{span.Section}', which trial {trial.Id} does not have."
                : $"{what} names an unknown section '{span.Section}'.",
            $"Use one of the trial's sections: {string.Join(", ", trial.Sections.Select(s => s.Name))}.",
            entityId: entity?.Id);
        return null;
    }

    /// <summary>Where the text does occur: same section first (nearest the given start), then other sections, exact before case-insensitive.</summary>
    private static string? Hint(string text, TextSpan span, Trial trial)
    {
        foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
        {
            var sections = trial.Sections
                .OrderBy(s => string.Equals(s.Name, span.Section, StringComparison.Ordinal) ? 0 : 1);
            foreach (var section in sections)
            {
                if (TextOccurrences.Nearest(section.Text, text, span.Start, comparison) is int start)
                {
                    var place = new TextSpan(section.Name, start, start + text.Length);
                    var casing = comparison == StringComparison.Ordinal ? string.Empty : $" (written \"{section.Text.Substring(start, text.Length)}\")";
                    return $"the text occurs at {place}{casing}; set \"section\": \"{place.Section}\", \"start\": {place.Start}, \"end\": {place.End}.";
                }
            }
        }

        return null;
    }

    private static string Name(Entity entity) => entity.Id is { Length: > 0 } id ? $"{id} (\"{entity.Text}\")" : $"\"{entity.Text}\"";
}
