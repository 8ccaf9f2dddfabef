using McodeBench.Core.Statistics.RunComparisons;

namespace McodeBench.Engine.Results;

/// <summary>Run B against run A: the two runs, the statistics layer's comparison, and a note when their gold differs.</summary>
/// <param name="GoldNote">Null unless both runs record a gold digest and the digests differ.</param>
public sealed record StoredRunComparisonResult(RunOverview RunA, RunOverview RunB, RunComparisonResult Comparison, string? GoldNote);
