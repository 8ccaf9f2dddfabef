using System.Text.Json;

namespace McodeBench.Core.Scoring;

/// <summary>Both views of an aggregate, as SCORING.md requires them shown.</summary>
public sealed record AggregateReport(AggregateScore AllAttempts, AggregateScore SuccessfulOnly)
{
    public string ToJson() => JsonSerializer.Serialize(this, ScoringJson.Options);
}
