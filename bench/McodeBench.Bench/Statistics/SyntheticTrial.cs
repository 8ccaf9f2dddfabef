using McodeBench.Core.Annotations;
using McodeBench.Core.Trials;

namespace McodeBench.Bench.Statistics;

/// <summary>A generated trial: its text, gold standard and the difficulty every extraction of it shares.</summary>
internal sealed record SyntheticTrial(string Id, IReadOnlyList<TrialSection> Sections, GoldStandard Gold, double Difficulty);
