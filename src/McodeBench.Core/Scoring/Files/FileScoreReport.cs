using System.Text.Json;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Scoring.Files;

/// <summary>
/// Scores of a model's predictions read from files: the aggregate in both views (all attempts, successful only), every
/// gold trial × repeat with its report, and every problem met. Serialises with <see cref="ScoringJson.Options"/>
/// (snake_case, undefined figures as null, never 0).
/// </summary>
/// <param name="Model">The model label the predictions files give, if any.</param>
/// <param name="TrialsWithoutPredictions">Gold trials with at least one repeat the predictions say nothing about (scored as empty predictions).</param>
/// <param name="PredictionsWithoutGold">Trial ids the predictions name but the gold does not have (reported, not scored).</param>
public sealed record FileScoreReport(
    string? Model,
    AggregateReport Aggregate,
    IReadOnlyList<string> TrialsWithoutPredictions,
    IReadOnlyList<string> PredictionsWithoutGold,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<ScoredTask> Tasks)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public string ToJson() => JsonSerializer.Serialize(this, ScoringJson.Options);
}
