using System.Text.Json;
using System.Text.Json.Nodes;
using McodeBench.Core.Tests.Scoring;

namespace McodeBench.Core.Tests.Scoring.Files;

/// <summary>Gold, trial and predictions files written for the file-scoring tests (offsets computed, never typed in).</summary>
internal static class ScoringFiles
{
    public const string WorkedTrialId = "NCT00000042";

    /// <summary>A second trial for tests that need more than one.</summary>
    public const string SecondTrialId = "NCT00000043";

    public const string SecondText = "Exclusion: prior radiotherapy to the chest; ECOG performance status 2 or more.";

    /// <summary>The worked check of SCORING.md, its predictions as a model returns them (no spans).</summary>
    public const string WorkedItems = """
        "entities": [
          { "id": "e1", "text": "HER2 positive", "type": "biomarker" },
          { "id": "e2", "text": "trastuzumab", "type": "drug" },
          { "id": "e3", "text": "pertuzumab", "type": "medication" },
          { "id": "e4", "text": "breast cancer", "type": "condition" }
        ]
        """;

    public static readonly (string Text, string Type)[] WorkedGoldEntities =
        [("HER2-positive", "biomarker"), ("trastuzumab", "medication"), ("metastatic breast cancer", "condition")];

    public static readonly (string Text, string Type)[] SecondGoldEntities =
        [("radiotherapy", "radiotherapy"), ("ECOG performance status 2 or more", "performance_status")];

    /// <summary>One CT.gov API v2 record whose eligibility criteria are <paramref name="eligibility"/>.</summary>
    public static string Trial(string nctId, string eligibility) => new JsonObject
    {
        ["protocolSection"] = new JsonObject
        {
            ["identificationModule"] = new JsonObject { ["nctId"] = nctId, ["briefTitle"] = "File scoring example " + nctId[^2..] },
            ["eligibilityModule"] = new JsonObject { ["eligibilityCriteria"] = eligibility },
        },
    }.ToJsonString();

    /// <summary>A native gold file; each entity's span is where its text first occurs in the eligibility text.</summary>
    public static string Gold(params (string TrialId, string Eligibility, (string Text, string Type)[] Entities)[] trials)
    {
        var entries = new JsonArray();
        foreach (var (trialId, eligibility, entities) in trials)
        {
            var items = new JsonArray();
            var number = 1;
            foreach (var (text, type) in entities)
            {
                var start = eligibility.IndexOf(text, StringComparison.Ordinal);
                Assert.True(start >= 0, $"\"{text}\" is not in the text");
                items.Add(new JsonObject
                {
                    ["id"] = "e" + number++,
                    ["section"] = "eligibility",
                    ["start"] = start,
                    ["end"] = start + text.Length,
                    ["text"] = text,
                    ["type"] = type,
                });
            }

            entries.Add(new JsonObject { ["trial_id"] = trialId, ["entities"] = items, ["mappings"] = new JsonArray() });
        }

        return new JsonObject { ["format"] = "mcodebench-gold", ["version"] = 1, ["trials"] = entries }.ToJsonString();
    }

    public static string WorkedGold() => Gold((WorkedTrialId, WorkedCheck.Text, WorkedGoldEntities));

    public static string TwoTrialGold() => Gold((WorkedTrialId, WorkedCheck.Text, WorkedGoldEntities), (SecondTrialId, SecondText, SecondGoldEntities));

    /// <summary>A predictions file around trial entries written as JSON object bodies.</summary>
    public static string Predictions(params string[] entries) =>
        $$"""{ "format": "mcodebench-predictions", "version": 1, "model": "test-model", "trials": [ {{string.Join(", ", entries.Select(e => "{" + e + "}"))}} ] }""";

    /// <summary>The body of one trial entry: id, repeat and the rest.</summary>
    public static string Entry(string trialId, string rest, int repeat = 0) =>
        $$"""
        "trial_id": "{{trialId}}", "repeat": {{repeat}}, {{rest}}
        """;

    /// <summary>A trial entry whose raw_output is <paramref name="raw"/>, escaped as a JSON string.</summary>
    public static string RawEntry(string trialId, string raw, int repeat = 0) =>
        Entry(trialId, "\"raw_output\": " + JsonSerializer.Serialize(raw), repeat);
}
