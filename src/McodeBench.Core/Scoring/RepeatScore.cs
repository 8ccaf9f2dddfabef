namespace McodeBench.Core.Scoring;

/// <summary>Spread across repeats of the micro P, R and F1 (each repeat's counts summed over its trials).</summary>
public sealed record RepeatScore(RepeatStatistic Precision, RepeatStatistic Recall, RepeatStatistic F1);
