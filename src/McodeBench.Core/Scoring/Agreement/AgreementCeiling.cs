using McodeBench.Core.Scoring.Files;

namespace McodeBench.Core.Scoring.Agreement;

/// <summary>
/// Two annotators' agreement read as the ceiling beside a leaderboard: the micro F1 the second annotator's gold scores
/// against the first's (the workspace's gold), under the entity schemes and mapping schemes models are ranked by. A
/// model scoring near these figures is as close to the gold as another person. Undefined figures stay null.
/// </summary>
public sealed record AgreementCeiling(
    double? EntityF1Type,
    double? EntityF1Strict,
    double? MappingF1Strict,
    double? MappingF1Lenient,
    int Trials,
    AgreementReport Report)
{
    /// <summary>
    /// Scores <paramref name="second"/> against <paramref name="gold"/> over the trials both annotate, restricted to
    /// <paramref name="onlyTrials"/> when given (a run's trials), with the benchmark's schemes.
    /// </summary>
    public static async Task<AgreementCeiling> ComputeAsync(
        IReadOnlyList<string> gold,
        IReadOnlyList<string> second,
        IReadOnlyList<string> trialPaths,
        IReadOnlyCollection<string>? onlyTrials,
        ScoringOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(trialPaths);
        ArgumentNullException.ThrowIfNull(options);
        var first = Restrict(await GoldSetLoader.LoadAsync(gold, trialPaths, null, cancellationToken).ConfigureAwait(false), onlyTrials);
        var other = Restrict(await GoldSetLoader.LoadAsync(second, trialPaths, null, cancellationToken).ConfigureAwait(false), onlyTrials);
        return From(AnnotatorAgreement.Compare(first, other, options, string.Join(", ", gold), string.Join(", ", second)));
    }

    public static AgreementCeiling From(AgreementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var score = report.Score;
        return new AgreementCeiling(
            score.Entities.Type.Micro.F1,
            score.Entities.Strict.Micro.F1,
            score.Mappings.Strict.Micro.F1,
            score.Mappings.Lenient.Micro.F1,
            report.CommonTrials.Count,
            report);
    }

    private static GoldSet Restrict(GoldSet set, IReadOnlyCollection<string>? onlyTrials) =>
        onlyTrials is null ? set : set with { Entries = set.Entries.Where(entry => onlyTrials.Contains(entry.TrialId)).ToList() };
}
