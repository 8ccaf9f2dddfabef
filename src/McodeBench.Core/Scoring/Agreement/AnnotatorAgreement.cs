using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Scoring.Files;

namespace McodeBench.Core.Scoring.Agreement;

/// <summary>
/// Inter-annotator agreement with the benchmark's own schemes: the ceiling a model can be expected to reach on a gold
/// set. The second gold set is scored as if it were a model's predictions (with its spans, so nothing is anchored by
/// text) against the first with the same <see cref="FileScorer"/>; only trials both annotated count, and the others are
/// listed rather than scored as missed.
/// </summary>
public static class AnnotatorAgreement
{
    /// <param name="first">Native gold files or folders, brat folders or <c>.ann</c> files of the first annotator.</param>
    /// <param name="second">The same for the second annotator.</param>
    /// <param name="trialPaths">CT.gov records native gold's spans refer to (brat gold brings its own text).</param>
    /// <param name="types">How brat types become entity types for both sets; null detects it (see <see cref="GoldSetLoader"/>).</param>
    public static async Task<AgreementReport> CompareAsync(
        IReadOnlyList<string> first, IReadOnlyList<string> second, IReadOnlyList<string> trialPaths, BratTypeMap? types, ScoringOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(trialPaths);
        var a = await GoldSetLoader.LoadAsync(first, trialPaths, types, cancellationToken).ConfigureAwait(false);
        var b = await GoldSetLoader.LoadAsync(second, trialPaths, types, cancellationToken).ConfigureAwait(false);
        return Compare(a, b, options, string.Join(", ", first), string.Join(", ", second));
    }

    public static AgreementReport Compare(GoldSet first, GoldSet second, ScoringOptions options, string firstLabel = "first", string secondLabel = "second")
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(options);
        var firstIds = first.Entries.Select(entry => entry.TrialId).ToHashSet(StringComparer.Ordinal);
        var secondIds = second.Entries.Select(entry => entry.TrialId).ToHashSet(StringComparer.Ordinal);
        var common = firstIds.Intersect(secondIds).Order(StringComparer.Ordinal).ToList();

        var reference = first with { Entries = first.Entries.Where(entry => secondIds.Contains(entry.TrialId)).ToList() };
        var tasks = second.Entries
            .Where(entry => firstIds.Contains(entry.TrialId))
            .Select(entry => PredictedTask.Succeeded(entry.TrialId, 0, new Prediction(entry.Gold.Entities, entry.Gold.Mappings), entry.Origin?.Source ?? secondLabel, secondLabel))
            .ToList();
        var scored = FileScorer.Score(reference, new PredictionLoadResult(null, tasks, second.Diagnostics), options);

        var diagnostics = scored.Diagnostics.ToList();
        if (common.Count == 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                secondLabel,
                "the two gold sets share no trial, so there is nothing to compare.",
                "Give two annotations of the same documents (same trial ids or brat file names)."));
        }

        return new AgreementReport(
            firstLabel,
            secondLabel,
            common,
            firstIds.Except(secondIds).Order(StringComparer.Ordinal).ToList(),
            secondIds.Except(firstIds).Order(StringComparer.Ordinal).ToList(),
            scored.Aggregate.AllAttempts,
            diagnostics);
    }
}
