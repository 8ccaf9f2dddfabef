using McodeBench.Core.Annotations;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>Everything the rules baseline read from one text: entities in text order, and their mappings in entity order.</summary>
public sealed record RulesExtraction(IReadOnlyList<RuleEntity> Entities, IReadOnlyList<RuleMapping> Mappings)
{
    /// <summary>
    /// The extraction as a <see cref="Prediction"/>. Spans are given in the named section when the input text was that
    /// section's own text; pass null to leave entities unanchored, as a model's output would be.
    /// </summary>
    public Prediction ToPrediction(string? section = null) => new(
        Entities.Select(e => new Entity(
            e.Text, e.Type, section is null ? null : new TextSpan(section, e.Start, e.End), e.Criterion, e.Negated, e.Id)).ToList(),
        Mappings.Select(m => new Mapping(m.Element, m.Value, m.Code, m.EntityId)).ToList());
}
