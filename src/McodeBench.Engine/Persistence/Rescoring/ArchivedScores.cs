namespace McodeBench.Engine.Persistence.Rescoring;

/// <summary>One earlier scoring of a run, as kept in <c>score_history</c>: the digests it was computed against, when it was replaced and how many task reports it holds.</summary>
public sealed record ArchivedScores(string? GoldDigest, string? TrialTextDigest, DateTime ReplacedUtc, int Reports);
