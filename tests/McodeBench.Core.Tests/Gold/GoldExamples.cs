using McodeBench.Core.Annotations;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Gold;

/// <summary>The trial and gold of the example in docs/gold-format.md, shared by the gold tests.</summary>
internal static class GoldExamples
{
    public const string Eligibility =
        "Inclusion Criteria:\n- HER2-positive metastatic breast cancer\n- ECOG performance status 0-1\n\nExclusion Criteria:\n- No prior trastuzumab";

    public static Trial Trial { get; } = new(
        "NCT00000001",
        "Example",
        [new TrialSection(SectionNames.BriefTitle, "HER2 therapy study"), new TrialSection(SectionNames.Eligibility, Eligibility)],
        [],
        [],
        []);

    public static string Json(string entities, string mappings = "[]", string trialId = "NCT00000001") => $$"""
        {
          "format": "mcodebench-gold",
          "version": 1,
          "trials": [
            { "trial_id": "{{trialId}}", "entities": {{entities}}, "mappings": {{mappings}} }
          ]
        }
        """;

    public static string Entity(string id, int start, int end, string text, string section = "eligibility", string type = "biomarker") =>
        $$"""{"id": "{{id}}", "section": "{{section}}", "start": {{start}}, "end": {{end}}, "text": "{{text}}", "type": "{{type}}"}""";

    public static Entity Her2 { get; } = new("HER2-positive", "biomarker", new TextSpan(SectionNames.Eligibility, 22, 35), Criterion.Inclusion, false, "e1");
}
