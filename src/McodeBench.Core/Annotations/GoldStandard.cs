namespace McodeBench.Core.Annotations;

/// <summary>The reference annotations of one trial.</summary>
public sealed record GoldStandard(string TrialId, IReadOnlyList<Entity> Entities, IReadOnlyList<Mapping> Mappings);
