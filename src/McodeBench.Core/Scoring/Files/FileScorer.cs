using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;
using McodeBench.Core.Mcode;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Scoring.Files;

/// <summary>
/// Scores predictions read from files against gold read from files, with no model call: the same
/// <see cref="Scorer"/> and <see cref="ScoreAggregator"/> as a benchmark run, so scores can be checked from outside.
/// Every gold trial is scored once per repeat found in the predictions; a trial the predictions say nothing about is
/// scored as an empty prediction (all its gold items MIS) and reported; predictions for trials without gold are reported
/// and not scored.
/// </summary>
public static class FileScorer
{
    public static async Task<FileScoreReport> ScoreAsync(FileScoringRequest request, ScoringOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var gold = await GoldSetLoader.LoadAsync(
            request.GoldPaths, request.TrialPaths ?? [], request.GoldBratTypes, BratReadOptions.Gold with { Discontinuous = request.Discontinuous }, cancellationToken).ConfigureAwait(false);
        var predictions = await PredictionSetLoader.LoadAsync(
            request.PredictionPaths, gold.Trials, request.PredictionBratTypes, BratReadOptions.Predictions with { Discontinuous = request.Discontinuous }, cancellationToken).ConfigureAwait(false);
        // A predictions file that could not be read at all is one root cause: scoring on would report each of its
        // trials as "missing" and give a report of zeros that scores nothing the user gave. Its error stands alone.
        // (Only when gold loaded: without gold, "nothing was loaded" is the root cause and is reported as such.)
        var unreadable = gold.Entries.Count == 0 ? [] : UnreadablePredictionFiles(predictions);
        if (unreadable.Count > 0)
        {
            return new FileScoreReport(predictions.Model, ScoreAggregator.AggregateBothViews([]), [], [], [.. gold.Diagnostics, .. predictions.Diagnostics], [])
            {
                UnreadablePredictions = unreadable,
            };
        }

        if (request.Types is { } types)
        {
            var restriction = new EntityTypeRestriction(types, options.EntityTypes);
            (gold, predictions) = (restriction.Apply(gold), restriction.Apply(predictions));
        }

        return Score(gold, predictions, options) with { Types = request.Types?.Select(EntityTypeAliases.Resolve).ToList() };
    }

    public static FileScoreReport Score(GoldSet gold, PredictionLoadResult predictions, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new List<Diagnostic>(gold.Diagnostics);
        diagnostics.AddRange(predictions.Diagnostics);

        var entries = IndexGold(gold, diagnostics);
        Validate(entries.Values, diagnostics);
        var (accepted, unknown) = Match(predictions.Tasks, entries, diagnostics);

        var repeats = accepted.Keys.Select(key => key.Repeat).Distinct().Order().ToList();
        if (repeats.Count == 0)
        {
            repeats.Add(0);
        }

        var scored = new List<ScoredTask>();
        var taskScores = new List<TaskScore>();
        var missing = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var entry in entries.Values)
        {
            var sections = entry.Trial?.Sections ?? [];
            foreach (var repeat in repeats)
            {
                TaskScore score;
                ScoredTask task;
                if (!accepted.TryGetValue((entry.TrialId, repeat), out var predicted))
                {
                    score = new TaskScore(Scorer.Score(sections, entry.Gold, Prediction.Empty, options), repeat);
                    task = new ScoredTask(entry.TrialId, repeat, ScoredTaskStatus.PredictionMissing, null, null, null, null, score.Report);
                    (missing.TryGetValue(entry.TrialId, out var list) ? list : missing[entry.TrialId] = []).Add(repeat);
                }
                else if (predicted.Failure is { } failure)
                {
                    score = TaskScore.ForFailure(entry.Gold, failure, options, repeat);
                    task = new ScoredTask(entry.TrialId, repeat, ScoredTaskStatus.Failed, failure, predicted.FailureMessage, predicted.Source, predicted.Location, score.Report);
                }
                else
                {
                    CheckSpanTexts(predicted, entry.Trial, diagnostics);
                    score = new TaskScore(Scorer.Score(sections, entry.Gold, predicted.Prediction!, options), repeat);
                    task = new ScoredTask(entry.TrialId, repeat, ScoredTaskStatus.Scored, null, null, predicted.Source, predicted.Location, score.Report);
                }

                taskScores.Add(score);
                scored.Add(task);
            }
        }

        foreach (var (trialId, missed) in missing)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                string.Empty,
                $"the predictions say nothing about trial {trialId} ({RepeatList(missed)}): it is scored as an empty prediction, so every gold entity and mapping of it counts as missed (MIS).",
                "Add the trial to the predictions (with empty lists if the model found nothing, or its failure class if the task failed).",
                TrialId: trialId));
        }

        return new FileScoreReport(
            predictions.Model,
            ScoreAggregator.AggregateBothViews(taskScores),
            missing.Keys.ToList(),
            unknown,
            diagnostics,
            scored)
        {
            GoldTypeMap = gold.TypeMap,
            PredictionTypeMap = predictions.TypeMap,
        };
    }

    /// <summary>Prediction files with an error that contributed no task: they did not parse, or are not predictions files.</summary>
    private static List<string> UnreadablePredictionFiles(PredictionLoadResult predictions)
    {
        var sources = predictions.Tasks.Select(task => task.Source).ToHashSet(StringComparer.Ordinal);
        return predictions.Diagnostics.Where(d => d.IsError && d.File.Length > 0 && !sources.Contains(d.File))
            .Select(d => d.File).Distinct(StringComparer.Ordinal).ToList();
    }

    private static SortedDictionary<string, GoldTrial> IndexGold(GoldSet gold, List<Diagnostic> diagnostics)
    {
        var entries = new SortedDictionary<string, GoldTrial>(StringComparer.Ordinal);
        foreach (var entry in gold.Entries)
        {
            if (!entries.TryAdd(entry.TrialId, entry))
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Error,
                    entry.Origin?.Source ?? string.Empty,
                    $"the gold has trial {entry.TrialId} twice; the second copy is ignored.",
                    "Keep one gold entry per trial.",
                    TrialId: entry.TrialId));
            }
        }

        return entries;
    }

    private static void Validate(IEnumerable<GoldTrial> entries, List<Diagnostic> diagnostics)
    {
        var withoutText = new List<string>();
        foreach (var entry in entries)
        {
            if (entry.Trial is null)
            {
                withoutText.Add(entry.TrialId);
            }
            else if (entry.Origin is { } origin)
            {
                diagnostics.AddRange(GoldValidator.Validate(entry.Gold, entry.Trial, origin));
            }
        }

        if (withoutText.Count > 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                string.Empty,
                $"no trial text was loaded for {withoutText.Count} gold trial(s) ({string.Join(", ", withoutText)}): their gold is not checked against the text, and "
                + "their predictions without spans are compared by normalised text, so none can be judged unsupported.",
                "Pass the CT.gov records of these trials as trial files."));
        }
    }

    /// <summary>Pairs predicted tasks with gold trials (by gold id, else by the id of the gold's trial); the first of two copies wins.</summary>
    private static (Dictionary<(string TrialId, int Repeat), PredictedTask> Accepted, IReadOnlyList<string> Unknown) Match(
        IReadOnlyList<PredictedTask> tasks, SortedDictionary<string, GoldTrial> entries, List<Diagnostic> diagnostics)
    {
        var byTrialId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries.Values)
        {
            if (entry.Trial is { } trial && !entries.ContainsKey(trial.Id))
            {
                byTrialId.TryAdd(trial.Id, entry.TrialId);
            }
        }

        var accepted = new Dictionary<(string TrialId, int Repeat), PredictedTask>();
        var unknown = new SortedDictionary<string, List<PredictedTask>>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            var goldId = entries.ContainsKey(task.TrialId) ? task.TrialId : byTrialId.GetValueOrDefault(task.TrialId);
            if (goldId is null)
            {
                (unknown.TryGetValue(task.TrialId, out var list) ? list : unknown[task.TrialId] = []).Add(task);
                continue;
            }

            if (accepted.TryGetValue((goldId, task.Repeat), out var first))
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Error,
                    task.Source,
                    $"trial {goldId}, repeat {task.Repeat} is predicted twice (first in {first.Source} at {first.Location}); this copy is ignored.",
                    "Give each trial once per repeat, and number repeats 0, 1, 2, ...",
                    JsonPath: task.Location.StartsWith('$') ? task.Location : null,
                    TrialId: goldId));
                continue;
            }

            accepted[(goldId, task.Repeat)] = task;
        }

        foreach (var (trialId, list) in unknown)
        {
            var first = list[0];
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                first.Source,
                $"the predictions name trial {trialId} ({list.Count} task(s)), which the gold does not have; they are reported, not scored.",
                "Check the trial id against the gold, or add gold for the trial.",
                JsonPath: first.Location.StartsWith('$') ? first.Location : null,
                TrialId: trialId));
        }

        return (accepted, unknown.Keys.ToList());
    }

    /// <summary>A span is scored as given, so one whose trial text differs from the entity's text is worth a warning.</summary>
    private static void CheckSpanTexts(PredictedTask task, Trial? trial, List<Diagnostic> diagnostics)
    {
        if (trial is null)
        {
            return;
        }

        foreach (var entity in task.Prediction!.Entities)
        {
            if (entity.Span is not { } span || trial.FindSection(span.Section) is not { } section || span.End > section.Text.Length)
            {
                continue;
            }

            var found = section.Text[span.Start..span.End];
            if (!string.Equals(found, entity.Text, StringComparison.Ordinal))
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    task.Source,
                    $"predicted entity \"{entity.Text}\" has span {span}, where the trial text is \"{found}\"; the span is scored as given.",
                    "Correct the span or the text, or leave the span out to have the entity anchored by its text.",
                    JsonPath: task.Location.StartsWith('$') ? task.Location : null,
                    TrialId: task.TrialId,
                    EntityId: entity.Id));
            }
        }
    }

    private static string RepeatList(List<int> repeats) =>
        (repeats.Count == 1 ? "repeat " : "repeats ") + string.Join(", ", repeats);
}
