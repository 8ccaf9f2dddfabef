using McodeBench.Core.Annotations;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>A tumour marker the baseline reads with its status or threshold (e.g. HER2 in "HER2-positive").</summary>
/// <param name="Bare">Whether the name alone (no status) is a mention; false for ambiguous names such as ER, PR or HR.</param>
/// <param name="Numeric">Whether a numeric threshold may follow (false where a number would mean something else, e.g. HR).</param>
public sealed record TumorMarkerDefinition(string Name, IReadOnlyList<string> Aliases, bool Bare, bool Numeric, CodeRef? Code);
