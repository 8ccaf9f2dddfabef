using System.Text.Json;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Gold;

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
    /// <summary>The type map brat gold was read with (given or detected); null when no gold was brat.</summary>
    public TypeMapChoice? GoldTypeMap { get; init; }

    /// <summary>The type map brat predictions were read with; null when no predictions were brat.</summary>
    public TypeMapChoice? PredictionTypeMap { get; init; }

    /// <summary>The canonical entity types scoring was restricted to (<c>--types</c>); null when every type was scored.</summary>
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>
    /// Predictions files that could not be read at all (syntax error, not UTF-8, not a predictions file). When any is
    /// present nothing is scored: the report holds only the diagnostics, and the CLI prints no report.
    /// </summary>
    public IReadOnlyList<string> UnreadablePredictions { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public string ToJson() => JsonSerializer.Serialize(this, ScoringJson.Options);
}
