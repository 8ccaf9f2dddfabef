using McodeBench.Core.Annotations;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>An mCODE finding of the rules baseline, linked to the entity it was read from.</summary>
public sealed record RuleMapping(string Element, string Value, CodeRef? Code, string EntityId, string SourceText);
