using System.Text.Json;
using McodeBench.Core.Gold;
using McodeBench.Core.Scoring;
using McodeBench.Core.Scoring.Files;
using McodeBench.Core.Tests.Scoring;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Scoring.Files;

/// <summary>The report as <c>mcodebench score</c> prints it: snake_case, and null (never 0) where a figure is undefined.</summary>
public sealed class FileScoreReportJsonTests
{
    private static FileScoreReport Score(string predictionsJson)
    {
        var gold = GoldStandardReader.Read(ScoringFiles.WorkedGold(), "gold.json");
        var trial = Assert.Single(CtGovStudyReader.Read(ScoringFiles.Trial(ScoringFiles.WorkedTrialId, WorkedCheck.Text), "trial.json").Trials);
        var set = new GoldSet(gold.Entries.Select(e => new GoldTrial(e.Standard, trial, e.Origin)).ToList(), gold.Diagnostics);
        return FileScorer.Score(set, PredictionFileReader.Read(predictionsJson, "p.json"), TestVocabulary.Options());
    }

    [Fact]
    public void Undefined_figures_are_null_and_defined_zeros_stay_zero()
    {
        var report = Score(ScoringFiles.Predictions(ScoringFiles.Entry(ScoringFiles.WorkedTrialId, "\"failure\": \"timeout\"")));

        using var json = JsonDocument.Parse(report.ToJson());
        var root = json.RootElement;
        var all = root.GetProperty("aggregate").GetProperty("all_attempts");
        var successful = root.GetProperty("aggregate").GetProperty("successful_only");

        // All attempts: the failed task is an empty prediction, so ACT = 0 (P undefined) but POS = 3 (R = 0, F1 = 0).
        var strict = all.GetProperty("entities").GetProperty("strict").GetProperty("micro");
        Assert.Equal(JsonValueKind.Null, strict.GetProperty("precision").ValueKind);
        Assert.Equal(0, strict.GetProperty("recall").GetDouble());
        Assert.Equal(0, strict.GetProperty("f1").GetDouble());
        Assert.Equal(3, strict.GetProperty("mis").GetInt32());
        Assert.Equal(1, all.GetProperty("failure_rate").GetDouble());
        Assert.Equal(1, all.GetProperty("failures_by_class").GetProperty("timeout").GetInt32());

        // No mappings on either side: every mapping figure is undefined.
        var mappings = all.GetProperty("mappings").GetProperty("strict").GetProperty("micro");
        Assert.All(["precision", "recall", "f1"], name => Assert.Equal(JsonValueKind.Null, mappings.GetProperty(name).ValueKind));

        // Successful only covers no task: nothing is defined, and the macro mean covers no trial.
        var none = successful.GetProperty("entities").GetProperty("type");
        Assert.Equal(JsonValueKind.Null, none.GetProperty("micro").GetProperty("f1").ValueKind);
        Assert.Equal(JsonValueKind.Null, none.GetProperty("macro").GetProperty("f1").GetProperty("mean").ValueKind);
        Assert.Equal(0, none.GetProperty("macro").GetProperty("f1").GetProperty("covered").GetInt32());
        Assert.Equal(0, successful.GetProperty("scored_tasks").GetInt32());

        var task = Assert.Single(root.GetProperty("tasks").EnumerateArray());
        Assert.Equal(("failed", "timeout"), (task.GetProperty("status").GetString(), task.GetProperty("failure").GetString()));
        Assert.Equal(JsonValueKind.Null, task.GetProperty("report").GetProperty("compliance").GetProperty("compliance").ValueKind);
        Assert.Equal("test-model", root.GetProperty("model").GetString());
    }

    [Fact]
    public void The_report_lists_missing_and_unknown_trials_and_diagnostics_in_snake_case()
    {
        var report = Score(ScoringFiles.Predictions(ScoringFiles.Entry("NCT09999999", "\"entities\": []")));

        using var json = JsonDocument.Parse(report.ToJson());
        var root = json.RootElement;
        Assert.Equal([ScoringFiles.WorkedTrialId], root.GetProperty("trials_without_predictions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["NCT09999999"], root.GetProperty("predictions_without_gold").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("prediction_missing", root.GetProperty("tasks")[0].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("tasks")[0].GetProperty("source").ValueKind);
        var diagnostic = root.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("trial_id").GetString() == "NCT09999999");
        Assert.Equal(("warning", "$.trials[0]"), (diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("json_path").GetString()));
        Assert.False(root.GetProperty("has_errors").GetBoolean());
    }
}
