using System.Text.Json;
using McodeBench.Core.Annotations;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Tests.Scoring;

/// <summary>Scores can be checked from outside: snake_case JSON, undefined figures as null, never 0 or 1.</summary>
public sealed class ScoreReportJsonTests
{
    [Fact]
    public void Undefined_figures_are_written_as_null()
    {
        var report = Scorer.Score(WorkedCheck.Sections, WorkedCheck.Gold([]), WorkedCheck.Prediction([]), TestVocabulary.Options());

        using var json = JsonDocument.Parse(report.ToJson());
        var strict = json.RootElement.GetProperty("entities").GetProperty("strict");
        Assert.Equal(JsonValueKind.Null, strict.GetProperty("precision").ValueKind);
        Assert.Equal(JsonValueKind.Null, strict.GetProperty("recall").ValueKind);
        Assert.Equal(JsonValueKind.Null, strict.GetProperty("f1").ValueKind);
        Assert.Equal(0, strict.GetProperty("cor").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("compliance").GetProperty("compliance").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("mappings").GetProperty("lenient").GetProperty("f1").ValueKind);
    }

    [Fact]
    public void The_worked_check_reads_back_from_snake_case_json()
    {
        var report = Scorer.Score(WorkedCheck.Sections, WorkedCheck.Gold(), WorkedCheck.Prediction(), TestVocabulary.Options());

        using var json = JsonDocument.Parse(report.ToJson());
        var root = json.RootElement;
        Assert.Equal("NCT-WORKED", root.GetProperty("trial_id").GetString());
        var partial = root.GetProperty("entities").GetProperty("partial");
        Assert.Equal(
            (2, 0, 1, 0, 1, 3, 4),
            (partial.GetProperty("cor").GetInt32(), partial.GetProperty("inc").GetInt32(), partial.GetProperty("par").GetInt32(),
             partial.GetProperty("mis").GetInt32(), partial.GetProperty("spu").GetInt32(), partial.GetProperty("pos").GetInt32(), partial.GetProperty("act").GetInt32()));
        Assert.Equal(0.625, partial.GetProperty("precision").GetDouble());
        Assert.Equal(1, root.GetProperty("unsupported").GetInt32());
        Assert.True(root.GetProperty("per_entity_type").TryGetProperty("medication", out _));
        var firstRow = root.GetProperty("entity_alignment")[0];
        Assert.Equal("exact_same_type", firstRow.GetProperty("match").GetString());
        Assert.Equal("cor", firstRow.GetProperty("outcomes").GetProperty("strict").GetString());
        Assert.Equal("eligibility", firstRow.GetProperty("prediction_span").GetProperty("section").GetString());
        Assert.Equal(4, root.GetProperty("compliance").GetProperty("failures_by_check").EnumerateObject().Count());
    }

    [Fact]
    public void A_report_round_trips_through_json()
    {
        var gold = new GoldStandard("NCT1", WorkedCheck.GoldEntities, [new Mapping("TumorMarkerTest", "HER2 positive")]);
        var prediction = new Prediction(WorkedCheck.Predictions, [new Mapping("TumorMarker", "HER2")]);
        var report = Scorer.Score(WorkedCheck.Sections, gold, prediction, TestVocabulary.Options());

        var read = ScoreReport.FromJson(report.ToJson());

        Assert.Equal(report.Entities, read.Entities);
        Assert.Equal(report.Mappings, read.Mappings);
        Assert.Equal(report.Compliance.Compliance, read.Compliance.Compliance);
        Assert.Equal(report.EntityAlignment.Count, read.EntityAlignment.Count);
        Assert.Equal(report.ToJson(), read.ToJson());
    }

    [Fact]
    public void Aggregates_write_both_views_with_nulls_for_undefined()
    {
        var task = new TaskScore(Scorer.Score(WorkedCheck.Sections, WorkedCheck.Gold([]), WorkedCheck.Prediction([]), TestVocabulary.Options()));

        using var json = JsonDocument.Parse(ScoreAggregator.AggregateBothViews([task]).ToJson());

        var all = json.RootElement.GetProperty("all_attempts");
        Assert.Equal("all_attempts", all.GetProperty("view").GetString());
        Assert.Equal(0.0, all.GetProperty("failure_rate").GetDouble());
        var strict = all.GetProperty("entities").GetProperty("strict");
        Assert.Equal(JsonValueKind.Null, strict.GetProperty("micro").GetProperty("f1").ValueKind);
        Assert.Equal(JsonValueKind.Null, strict.GetProperty("macro").GetProperty("f1").GetProperty("mean").ValueKind);
        Assert.Equal(JsonValueKind.Null, strict.GetProperty("repeats").GetProperty("f1").GetProperty("standard_deviation").ValueKind);
        Assert.Equal("successful_only", json.RootElement.GetProperty("successful_only").GetProperty("view").GetString());
    }
}
