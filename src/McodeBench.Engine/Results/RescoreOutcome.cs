using McodeBench.Core.Provenance;

namespace McodeBench.Engine.Results;

/// <summary>What a rescore did.</summary>
/// <param name="PreviousGoldDigest">The gold digest the replaced scores were computed against; null when the run predates digests.</param>
/// <param name="Provenance">The digests the new scores are computed against.</param>
/// <param name="Tasks">Finished tasks rescored.</param>
/// <param name="Archived">Earlier reports moved to the score history.</param>
/// <param name="WithoutGold">Tasks whose trial has no gold now, so they have no score.</param>
public sealed record RescoreOutcome(string RunId, string? PreviousGoldDigest, ScoringProvenance Provenance, int Tasks, int Archived, int WithoutGold)
{
    public bool GoldChanged => !string.Equals(PreviousGoldDigest, Provenance.GoldDigest, StringComparison.Ordinal);
}
