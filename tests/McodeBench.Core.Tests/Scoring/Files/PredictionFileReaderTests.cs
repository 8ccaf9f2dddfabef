using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring.Files;

namespace McodeBench.Core.Tests.Scoring.Files;

public sealed class PredictionFileReaderTests
{
    private static PredictionLoadResult Read(string json) => PredictionFileReader.Read(json, "p.json");

    [Fact]
    public void Reads_the_wrapper_with_its_model_label_repeats_and_canonical_items()
    {
        var result = Read(ScoringFiles.Predictions(
            ScoringFiles.Entry("NCT1", ScoringFiles.WorkedItems),
            ScoringFiles.Entry("NCT1", """
                "entities": [{ "id": "e1", "text": "HER2-positive", "type": "biomarker", "criterion": "inclusion", "negated": true }],
                "mcode_mappings": [{ "element": "TumorMarkerTest", "value": "HER2 positive",
                  "code": { "system": "LOINC", "code": "48676-1" }, "entity_id": "e1" }]
                """, repeat: 1)));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("test-model", result.Model);
        Assert.Equal([("NCT1", 0), ("NCT1", 1)], result.Tasks.Select(t => (t.TrialId, t.Repeat)));
        Assert.Equal(["HER2 positive", "trastuzumab", "pertuzumab", "breast cancer"], result.Tasks[0].Prediction!.Entities.Select(e => e.Text));
        Assert.Equal("drug", result.Tasks[0].Prediction!.Entities[1].Type);
        var second = result.Tasks[1].Prediction!;
        Assert.Equal(new Entity("HER2-positive", "biomarker", null, Criterion.Inclusion, true, "e1"), second.Entities[0]);
        var mapping = Assert.Single(second.Mappings);
        Assert.Equal(new CodeRef("http://loinc.org", "48676-1"), mapping.Code);
        Assert.Equal("e1", mapping.EntityId);
        Assert.Equal("$.trials[1]", result.Tasks[1].Location);
    }

    [Fact]
    public void A_single_trial_object_without_the_wrapper_is_one_task_of_repeat_0()
    {
        var result = Read("{ \"trial_id\": \"NCT1\", " + ScoringFiles.WorkedItems + " }");

        Assert.Empty(result.Diagnostics);
        var task = Assert.Single(result.Tasks);
        Assert.Equal(("NCT1", 0, "$"), (task.TrialId, task.Repeat, task.Location));
        Assert.Equal(4, task.Prediction!.Entities.Count);
        Assert.Null(result.Model);
    }

    [Fact]
    public void Spans_are_read_and_attached_to_the_entity_their_item_became_even_after_a_dropped_item()
    {
        var result = Read(ScoringFiles.Predictions(ScoringFiles.Entry("NCT1", """
            "entities": [
              { "text": "HER2-positive", "type": "biomarker", "section": "eligibility", "start": 11, "end": 24 },
              { "type": "biomarker", "section": "eligibility", "start": 0, "end": 9 },
              { "text": "trastuzumab", "type": "medication" },
              { "text": "breast cancer", "type": "condition", "section": "eligibility", "start": 70, "end": 83, "criterion": "inclusion" }
            ]
            """)));

        var entities = Assert.Single(result.Tasks).Prediction!.Entities;
        Assert.Equal(
            [new TextSpan("eligibility", 11, 24), null, new TextSpan("eligibility", 70, 83)],
            entities.Select(e => e.Span));
        Assert.Equal(["HER2-positive", "trastuzumab", "breast cancer"], entities.Select(e => e.Text));
        Assert.Equal(Criterion.Inclusion, entities[2].Criterion);
        var dropped = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, dropped.Severity);
        Assert.Contains("$.trials[0].entities[1]", dropped.Message, StringComparison.Ordinal);
        Assert.Equal("NCT1", dropped.TrialId);
    }

    [Fact]
    public void An_incomplete_span_is_reported_and_the_entity_kept_without_one()
    {
        var result = Read(ScoringFiles.Predictions(ScoringFiles.Entry("NCT1", """
            "entities": [{ "text": "trastuzumab", "type": "medication", "section": "eligibility", "start": 46 }]
            """)));

        Assert.Null(Assert.Single(Assert.Single(result.Tasks).Prediction!.Entities).Span);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("$.trials[0].entities[0]: a span needs", warning.Message, StringComparison.Ordinal);
        Assert.Contains("end (missing)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_output_in_a_markdown_fence_is_parsed_like_a_model_answer()
    {
        var raw = "Here is the extraction:\n```json\n{" + ScoringFiles.WorkedItems + "}\n```\nLet me know if you need more.";

        var result = Read(ScoringFiles.Predictions(ScoringFiles.RawEntry("NCT1", raw)));

        var task = Assert.Single(result.Tasks);
        Assert.False(task.Failed);
        Assert.Equal(["HER2 positive", "trastuzumab", "pertuzumab", "breast cancer"], task.Prediction!.Entities.Select(e => e.Text));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public void Malformed_raw_output_becomes_the_tasks_failure_class_with_the_parsers_message()
    {
        var result = Read(ScoringFiles.Predictions(
            ScoringFiles.RawEntry("NCT1", "```json\n{\"entities\": [{\"text\": \"HER2\" \"type\": \"biomarker\"}]}\n```"),
            ScoringFiles.RawEntry("NCT2", "I'm sorry, I cannot help with that."),
            ScoringFiles.Entry("NCT3", "\"raw_output\": \"{\\\"entities\\\": [{\\\"text\\\": \\\"HER2\\\"\", \"finish_reason\": \"length\"")));

        Assert.Equal(
            [FailureClass.InvalidJson, FailureClass.EmptyOrRefusal, FailureClass.Truncated],
            result.Tasks.Select(t => t.Failure));
        Assert.All(result.Tasks, t => Assert.Null(t.Prediction));
        Assert.Contains("line 2", result.Tasks[0].FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity > DiagnosticSeverity.Info);
        Assert.Contains(result.Diagnostics, d => d.TrialId == "NCT1" && d.Message.Contains("invalid_json", StringComparison.Ordinal));
    }

    [Fact]
    public void A_recorded_failure_class_is_a_failed_task()
    {
        var result = Read(ScoringFiles.Predictions(ScoringFiles.Entry("NCT1", "\"failure\": \"timeout\", \"failure_message\": \"no answer in 120 s\"")));

        var task = Assert.Single(result.Tasks);
        Assert.Equal((FailureClass.Timeout, "no answer in 120 s"), (task.Failure, task.FailureMessage));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Structured_items_that_the_parser_rejects_are_an_error_and_a_schema_violation()
    {
        var result = Read(ScoringFiles.Predictions(ScoringFiles.Entry("NCT1", "\"entities\": [{\"name\": \"HER2\"}, 7]")));

        Assert.Equal(FailureClass.SchemaViolation, Assert.Single(result.Tasks).Failure);
        var error = Assert.Single(result.Errors);
        Assert.Equal("$.trials[0]", error.JsonPath);
        Assert.Contains("$.trials[0].entities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Direct_prompt_type_derives_entities_from_mappings_as_the_direct_pipeline_does()
    {
        const string Mappings = """
            "mcode_mappings": [{ "element": "CancerRelatedMedicationRequest", "value": "trastuzumab", "source_text": "trastuzumab" }]
            """;

        var lenient = Read(ScoringFiles.Predictions(ScoringFiles.Entry("NCT1", Mappings)));
        var direct = Read(ScoringFiles.Predictions(ScoringFiles.Entry("NCT1", "\"prompt_type\": \"direct\", " + Mappings)));

        Assert.Empty(lenient.Tasks[0].Prediction!.Entities);
        var derived = Assert.Single(direct.Tasks[0].Prediction!.Entities);
        Assert.Equal(("trastuzumab", "medication"), (derived.Text, derived.Type));
        Assert.Equal(derived.Id, Assert.Single(direct.Tasks[0].Prediction!.Mappings).EntityId);
    }

    [Theory]
    [InlineData("""{"format": "mcodebench-gold", "version": 1, "trials": []}""", "$.format", "gold file")]
    [InlineData("""{"format": "mcodebench-predictions", "version": 2, "trials": []}""", "$.version", "newer McodeBench")]
    [InlineData("""{"format": "mcodebench-predictions", "trials": []}""", "$.version", "\"version\" is missing")]
    [InlineData("""{"format": "mcodebench-predictions", "version": 1, "trials": {}}""", "$.trials", "must be an array")]
    [InlineData("""{"entities": []}""", "$", "does not say which trial")]
    [InlineData("""[]""", "$", "JSON object")]
    [InlineData("""{"format": "mcodebench-predictions", "version": 1, "prompt_type": "summary", "trials": []}""", "$.prompt_type", "must be one of")]
    public void A_file_that_is_not_a_predictions_file_says_what_it_is_and_how_to_fix_it(string json, string path, string says)
    {
        var result = Read(json);

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(("p.json", path), (error.File, error.JsonPath));
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.Fix);
        Assert.Empty(result.Tasks);
    }

    [Theory]
    [InlineData("\"entities\": []", "$.trials[0].trial_id")]
    [InlineData("\"trial_id\": 42, \"entities\": []", "$.trials[0].trial_id")]
    [InlineData("\"trial_id\": \"NCT1\", \"repeat\": -1, \"entities\": []", "$.trials[0].repeat")]
    [InlineData("\"trial_id\": \"NCT1\", \"repeat\": 1.5, \"entities\": []", "$.trials[0].repeat")]
    [InlineData("\"trial_id\": \"NCT1\", \"failure\": \"exploded\"", "$.trials[0].failure")]
    [InlineData("\"trial_id\": \"NCT1\", \"raw_output\": 3", "$.trials[0].raw_output")]
    [InlineData("\"trial_id\": \"NCT1\", \"raw_output\": \"{}\", \"entities\": []", "$.trials[0]")]
    public void A_bad_entry_is_skipped_with_an_error_at_its_path_and_the_others_still_load(string badEntry, string path)
    {
        var result = Read(ScoringFiles.Predictions(badEntry, ScoringFiles.Entry("NCT2", "\"entities\": []")));

        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.JsonPath);
        Assert.Equal("NCT2", Assert.Single(result.Tasks).TrialId);
    }

    [Fact]
    public void A_syntax_error_gives_line_and_column_and_comments_and_trailing_commas_are_allowed()
    {
        var broken = Read("{\n  \"format\": \"mcodebench-predictions\",\n  \"version\": 1\n  \"trials\": []\n}");
        var lenient = Read("{ // a hand-edited file\n \"trial_id\": \"NCT1\", \"entities\": [{\"text\": \"HER2\", \"type\": \"biomarker\",},], }");

        var error = Assert.Single(broken.Diagnostics);
        Assert.Equal((4, 3), (error.Line, error.Column));
        Assert.StartsWith("invalid JSON", error.Message, StringComparison.Ordinal);
        Assert.Empty(lenient.Diagnostics);
        Assert.Equal("HER2", Assert.Single(Assert.Single(lenient.Tasks).Prediction!.Entities).Text);
    }
}
