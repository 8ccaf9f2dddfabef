using McodeBench.Core.Scoring;

namespace McodeBench.Web.Pages.Tasks;

/// <summary>How outcomes are named and styled in highlighted text (the styles are in <c>css/insights.css</c>).</summary>
public static class SpanOutcomes
{
    public static string Code(OutcomeClass outcome) => outcome.ToString().ToUpperInvariant();

    public static string CssClass(OutcomeClass outcome) => "mcb-span-" + outcome.ToString().ToLowerInvariant();

    public static string Meaning(OutcomeClass outcome) => outcome switch
    {
        OutcomeClass.Cor => "correct",
        OutcomeClass.Inc => "incorrect (aligned, fails the scheme's test)",
        OutcomeClass.Par => "partial (overlapping boundaries)",
        OutcomeClass.Mis => "missed gold entity",
        _ => "spurious prediction",
    };
}
