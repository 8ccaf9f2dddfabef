using McodeBench.Core.Diagnostics;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Tasks.Runs;

/// <summary>
/// How a run ranks its prompt × model combinations. For entities every <see cref="EntityScheme"/> applies; mapping
/// scores have two (SCORING.md): <see cref="EntityScheme.Strict"/> = strict, <see cref="EntityScheme.Type"/> =
/// lenient (same element family). Compliance ignores the scheme.
/// </summary>
public sealed record RankingMetric(
    RankingMeasure Measure = RankingMeasure.F1,
    RankingTarget Target = RankingTarget.Entity,
    EntityScheme Scheme = EntityScheme.Type)
{
    /// <summary>Entity F1 under the type scheme, the UI's "lenient" default.</summary>
    public static RankingMetric Default { get; } = new();

    /// <summary>
    /// The mapping scheme this metric's scheme stands for: Strict is strict, every other entity scheme is lenient
    /// (the same element family). The one place that rule lives.
    /// </summary>
    public MappingScheme MappingScheme => Scheme == EntityScheme.Strict ? MappingScheme.Strict : MappingScheme.Lenient;

    /// <summary>Problems with this combination, each naming the field (e.g. <c>ranking.scheme</c>).</summary>
    public IReadOnlyList<Diagnostic> Validate(string path = "ranking")
    {
        var problems = new List<Diagnostic>();
        if (Measure == RankingMeasure.Compliance && Target != RankingTarget.Mapping)
        {
            problems.Add(RunSpecProblem.At($"{path}.target", "Compliance is a property of mCODE mappings; set the target to Mapping."));
        }

        if (Target == RankingTarget.Mapping && Measure != RankingMeasure.Compliance && Scheme is EntityScheme.Exact or EntityScheme.Partial)
        {
            problems.Add(RunSpecProblem.At($"{path}.scheme", $"Mapping scores are strict or lenient; use Strict or Type (lenient), not {Scheme}."));
        }

        return problems;
    }
}
