using System.Text.Json;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Scoring.Agreement;

/// <summary>
/// Two annotators' gold scored against each other over the trials both annotated: the first is taken as the reference
/// and the second as the prediction, so precision is the share of the second's items the first agrees with, recall the
/// share of the first's items the second found, and F1 (symmetric) is the agreement. Serialises with
/// <see cref="ScoringJson.Options"/> (undefined figures as null).
/// </summary>
/// <param name="Score">Every entity and mapping scheme, micro and macro over the common trials, per type and per element.</param>
public sealed record AgreementReport(
    string First,
    string Second,
    IReadOnlyList<string> CommonTrials,
    IReadOnlyList<string> OnlyInFirst,
    IReadOnlyList<string> OnlyInSecond,
    AggregateScore Score,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public string ToJson() => JsonSerializer.Serialize(this, ScoringJson.Options);
}
