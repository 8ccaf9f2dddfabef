namespace McodeBench.Core.Scoring;

/// <summary>Macro averages of per-trial P, R and F1 (each over the trials where it is defined) out of <paramref name="Trials"/> trials.</summary>
public sealed record MacroScore(MacroAverage Precision, MacroAverage Recall, MacroAverage F1, int Trials);
