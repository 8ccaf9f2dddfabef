using McodeBench.Core.Annotations;

namespace McodeBench.Core.Gold;

/// <summary>One trial's gold annotations with the place in the file they were read from.</summary>
public sealed record GoldEntry(GoldStandard Standard, GoldSourceMap Origin)
{
    public string TrialId => Standard.TrialId;
}
