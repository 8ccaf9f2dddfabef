using McodeBench.Core.Annotations;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>A mention the rules baseline found: its exact text and its [<see cref="Start"/>, <see cref="End"/>) range in the input.</summary>
/// <param name="Type">A canonical entity type (<c>condition</c>, <c>stage</c>, <c>tnm</c>, <c>biomarker</c>, ...).</param>
public sealed record RuleEntity(string Id, string Text, string Type, int Start, int End, Criterion Criterion, bool Negated);
