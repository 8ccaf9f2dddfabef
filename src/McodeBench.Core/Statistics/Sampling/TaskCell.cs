namespace McodeBench.Core.Statistics.Sampling;

/// <summary>One task of a <see cref="CombinationSample"/>: its cluster (trial index), repeat and trial id.</summary>
internal sealed record TaskCell(int Cluster, int Repeat, string TrialId);
