namespace McodeBench.Core.Provenance;

/// <summary>What a run's scores were computed against: digests of the gold and of the trial texts (<see cref="ScoringDigests"/>).</summary>
public sealed record ScoringProvenance(string GoldDigest, string TrialTextDigest);
