using McodeBench.Core.Scoring;

namespace McodeBench.Web.Pages.Tasks;

/// <summary>One gold or predicted entity covering part of a highlighted segment, with its outcome under the chosen scheme.</summary>
public sealed record SpanMark(OutcomeClass Outcome, bool IsGold, string Type, string Text)
{
    public string Describe() => $"{(IsGold ? "gold" : "predicted")} {Type} “{Text}”: {SpanOutcomes.Code(Outcome)}";
}
