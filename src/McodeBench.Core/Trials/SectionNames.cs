namespace McodeBench.Core.Trials;

/// <summary>The canonical section names used in trial text, gold spans and run specs.</summary>
public static class SectionNames
{
    public const string BriefTitle = "brief_title";
    public const string OfficialTitle = "official_title";
    public const string Conditions = "conditions";
    public const string Keywords = "keywords";
    public const string BriefSummary = "brief_summary";
    public const string DetailedDescription = "detailed_description";
    public const string Eligibility = "eligibility";
    public const string Interventions = "interventions";

    /// <summary>Every known section, in the order text is assembled by default.</summary>
    public static IReadOnlyList<string> All { get; } =
        [BriefTitle, OfficialTitle, Conditions, Keywords, BriefSummary, DetailedDescription, Eligibility, Interventions];

    /// <summary>
    /// The sections a benchmark run assembles unless told otherwise: the ones the sample gold annotates. The
    /// intervention list and the detailed description are left out by default because a gold standard that does not
    /// annotate them would count every correct mention there as spurious.
    /// </summary>
    public static IReadOnlyList<string> BenchmarkDefault { get; } =
        [BriefTitle, OfficialTitle, Conditions, Keywords, BriefSummary, Eligibility];
}
