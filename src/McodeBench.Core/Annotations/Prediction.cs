namespace McodeBench.Core.Annotations;

/// <summary>What a model (after parsing) claims about one trial.</summary>
public sealed record Prediction(IReadOnlyList<Entity> Entities, IReadOnlyList<Mapping> Mappings)
{
    public static Prediction Empty { get; } = new([], []);
}
