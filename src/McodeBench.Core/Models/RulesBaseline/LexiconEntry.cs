namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// One dictionary concept: the terms that name it (a leading <c>=</c> makes a term case-sensitive, for abbreviations
/// such as <c>=NSCLC</c>), the entity type it yields and the mappings it produces.
/// </summary>
/// <param name="Mappings">The first mapping is the concept itself; further ones are implied findings (e.g. TNBC also maps
/// to a triple-negative TumorMarkerTest).</param>
/// <param name="NotFollowedBy">Words that cancel a match when they come right after it (e.g. "lymphoma" before "kinase").</param>
public sealed record LexiconEntry(
    string Type,
    IReadOnlyList<string> Terms,
    IReadOnlyList<MappingTemplate> Mappings,
    IReadOnlyList<string> NotFollowedBy);
