namespace McodeBench.Core.Statistics.Comparisons;

/// <summary>A task only one side of a paired comparison attempted ("a" or "b"); it is left out of Δ, CI and p.</summary>
public sealed record UnpairedTask(string TrialId, int Repeat, string Side);
