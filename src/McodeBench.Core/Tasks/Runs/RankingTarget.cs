namespace McodeBench.Core.Tasks.Runs;

/// <summary>What is scored: entities, or mCODE mappings (the two are reported side by side, never mixed).</summary>
public enum RankingTarget
{
    Entity,
    Mapping,
}
