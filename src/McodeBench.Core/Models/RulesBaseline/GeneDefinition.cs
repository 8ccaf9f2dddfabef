using McodeBench.Core.Annotations;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>A gene the genomic-variant rules know, with its HGNC code when certain.</summary>
/// <param name="Fusion">Whether "positive" after the gene means a rearrangement (ALK-positive, ROS1-positive).</param>
public sealed record GeneDefinition(string Symbol, IReadOnlyList<string> Aliases, bool Fusion, CodeRef? Code);
