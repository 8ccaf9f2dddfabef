using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Gold;

/// <summary>
/// Removes gold entities that repeat an earlier one (same span and same canonical type): real corpora hold such copies
/// (two events on one trigger, a line pasted twice), and a copy would count as a second gold item the best model
/// can only miss. The first is kept; each removal is a warning naming the annotation.
/// </summary>
public static class GoldDuplicates
{
    public static (GoldStandard Standard, IReadOnlyList<Diagnostic> Diagnostics) Remove(GoldStandard standard, string source)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(source);
        var seen = new Dictionary<(TextSpan Span, string Type), Entity>();
        var kept = new List<Entity>(standard.Entities.Count);
        var diagnostics = new List<Diagnostic>();
        foreach (var entity in standard.Entities)
        {
            if (entity.Span is not { } span)
            {
                kept.Add(entity);
                continue;
            }

            var key = (span, EntityTypeAliases.Resolve(entity.Type));
            if (seen.TryGetValue(key, out var first))
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    source,
                    $"gold entity {entity.Id ?? "\"" + entity.Text + "\""} repeats {first.Id ?? "an earlier entity"} (same span {span} and type {key.Item2}); the copy is removed.",
                    "Remove the duplicated annotation from the gold.",
                    TrialId: standard.TrialId,
                    EntityId: entity.Id));
                continue;
            }

            seen[key] = entity;
            kept.Add(entity);
        }

        return diagnostics.Count == 0 ? (standard, diagnostics) : (standard with { Entities = kept }, diagnostics);
    }
}
