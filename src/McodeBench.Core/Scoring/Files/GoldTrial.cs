using McodeBench.Core.Annotations;
using McodeBench.Core.Gold;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Scoring.Files;

/// <summary>One trial's gold, with the trial its spans refer to (null when no trial text was loaded for it).</summary>
/// <param name="Origin">Where native gold came from, for validation messages; null for brat gold, whose importer already checked every span against its text.</param>
public sealed record GoldTrial(GoldStandard Gold, Trial? Trial, GoldSourceMap? Origin = null)
{
    public string TrialId => Gold.TrialId;
}
