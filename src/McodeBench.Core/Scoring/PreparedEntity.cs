using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Scoring;

/// <summary>
/// An entity ready for alignment: normalised text and type, and where it sits. A gold entity has its span (or none);
/// a prediction has its given span, or every place its text occurs (candidates, alternatives of which alignment
/// uses at most one), or none when it occurs nowhere (<see cref="Unsupported"/>) or there is no text to look in.
/// </summary>
internal sealed record PreparedEntity(
    int Index,
    Entity Entity,
    string NormalizedText,
    string NormalizedType,
    IReadOnlyList<TextSpan> Spans,
    bool SpanGiven,
    bool Unsupported)
{
    public static PreparedEntity ForGold(int index, Entity entity, string trialId, TextAnchorer anchorer, ScoringOptions options, List<Diagnostic> diagnostics)
    {
        if (entity.Span is { } span && anchorer.HasText && anchorer.Problem(span) is { } problem)
        {
            // Gold is the reference: its span is still used as given, the diagnostic tells the curator to fix it.
            diagnostics.Add(Scorer.ScoringWarning(trialId, $"gold.entities[{index}].span", $"{problem}; the span is used as given.", "Fix the span in the gold file.", entity.Id));
        }

        return new PreparedEntity(
            index,
            entity,
            TextNormalizer.Normalize(entity.Text),
            options.EntityTypes.Normalize(entity.Type ?? string.Empty),
            entity.Span is { } given ? [given] : [],
            entity.Span is not null,
            Unsupported: false);
    }

    public static PreparedEntity ForPrediction(int index, Entity entity, string trialId, TextAnchorer anchorer, ScoringOptions options, List<Diagnostic> diagnostics)
    {
        var normalizedText = TextNormalizer.Normalize(entity.Text);
        var normalizedType = options.EntityTypes.Normalize(entity.Type ?? string.Empty);
        if (entity.Span is { } span)
        {
            var problem = anchorer.HasText ? anchorer.Problem(span) : null;
            if (problem is null)
            {
                return new PreparedEntity(index, entity, normalizedText, normalizedType, [span], SpanGiven: true, Unsupported: false);
            }

            diagnostics.Add(Scorer.ScoringWarning(trialId, $"prediction.entities[{index}].span", $"{problem}; the entity is anchored by its text instead.", entityId: entity.Id));
        }

        if (!anchorer.HasText)
        {
            return new PreparedEntity(index, entity, normalizedText, normalizedType, [], SpanGiven: false, Unsupported: false);
        }

        var candidates = anchorer.FindAll(entity.Text);
        return new PreparedEntity(index, entity, normalizedText, normalizedType, candidates, SpanGiven: false, Unsupported: candidates.Count == 0);
    }
}
