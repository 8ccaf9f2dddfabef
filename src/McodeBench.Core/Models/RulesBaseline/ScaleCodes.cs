using McodeBench.Core.Annotations;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>Codes for pattern-read values: AJCC stage groups and TNM categories where certain, ECOG and Karnofsky scores and answers.</summary>
public sealed record ScaleCodes(
    IReadOnlyDictionary<string, CodeRef> StageGroups,
    IReadOnlyDictionary<string, CodeRef> TnmCategories,
    CodeRef EcogScore,
    IReadOnlyDictionary<int, CodeRef> EcogAnswers,
    CodeRef KarnofskyScore,
    IReadOnlyDictionary<int, CodeRef> KarnofskyAnswers);
