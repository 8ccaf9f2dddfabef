using McodeBench.Core.Annotations;
using McodeBench.Core.Library;
using McodeBench.Core.Mcode;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Pipelines.Parsing;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Pipelines;

public sealed class ModelOutputParserTests
{
    private const string Canonical = """
        {
          "entities": [
            { "id": "e1", "text": "HER2-positive", "type": "biomarker", "criterion": "inclusion", "negated": false },
            { "id": "e2", "text": "brain metastases", "type": "condition", "criterion": "exclusion", "negated": true }
          ],
          "mcode_mappings": [
            {
              "element": "TumorMarkerTest",
              "value": "HER2 positive",
              "code": { "system": "LOINC", "code": "48676-1", "display": "HER2 [Presence] in Tissue" },
              "entity_id": "e1",
              "source_text": "HER2-positive"
            }
          ]
        }
        """;

    [Fact]
    public void Reads_the_canonical_shape()
    {
        var outcome = ModelOutputParser.Parse(Canonical);

        Assert.True(outcome.IsSuccess);
        Assert.Equal(
            [
                new Entity("HER2-positive", "biomarker", null, Criterion.Inclusion, false, "e1"),
                new Entity("brain metastases", "condition", null, Criterion.Exclusion, true, "e2"),
            ],
            outcome.Prediction.Entities);
        var mapping = Assert.Single(outcome.Prediction.Mappings);
        Assert.Equal(new Mapping("TumorMarkerTest", "HER2 positive", new CodeRef(CodeSystems.Loinc, "48676-1", "HER2 [Presence] in Tissue"), "e1"), mapping);
        Assert.Empty(outcome.Warnings);
    }

    [Theory]
    [InlineData("```json\n{0}\n```")]
    [InlineData("Here is the extraction:\n\n```json\n{0}\n```\n\nLet me know if you need more.")]
    [InlineData("```\n{0}\n```")]
    [InlineData("```JSON\r\n{0}\r\n```")]
    public void Reads_json_inside_a_markdown_fence(string wrapper)
    {
        var outcome = ModelOutputParser.Parse(wrapper.Replace("{0}", Canonical, StringComparison.Ordinal));

        Assert.True(outcome.IsSuccess, outcome.Failure?.Message);
        Assert.Equal(2, outcome.Prediction.Entities.Count);
        Assert.Single(outcome.Prediction.Mappings);
    }

    [Fact]
    public void Prefers_the_fenced_answer_to_a_json_example_in_prose_before_it()
    {
        const string raw = "You asked for {\"entities\": []} style output. Here it is:\n```json\n{\"entities\": [{\"text\": \"trastuzumab\", \"type\": \"medication\"}]}\n```";

        var outcome = ModelOutputParser.Parse(raw);

        Assert.True(outcome.IsSuccess);
        Assert.Equal("trastuzumab", Assert.Single(outcome.Prediction.Entities).Text);
    }

    [Fact]
    public void Extracts_json_surrounded_by_prose_and_warns_about_the_prose()
    {
        const string raw = "Sure! Based on criterion [1] and the {note} above, the entities are:\n"
            + "{\"entities\": [{\"text\": \"a } tricky \\\" { text\", \"type\": \"condition\"}]}\nThese are all of them.";

        var outcome = ModelOutputParser.Parse(raw);

        Assert.True(outcome.IsSuccess, outcome.Failure?.Message);
        Assert.Equal("a } tricky \" { text", Assert.Single(outcome.Prediction.Entities).Text);
        Assert.Contains(outcome.Warnings, w => w.Contains("outside the JSON", StringComparison.Ordinal) && w.Contains("line 2, column 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_answer_is_never_replaced_by_one_of_its_nested_objects()
    {
        const string raw = "{\"entities\": [{\"text\": \"HER2\", \"type\": \"biomarker\"}], \"mcode_mappings\": [oops]}";

        var outcome = ModelOutputParser.Parse(raw);

        Assert.Equal(FailureClass.InvalidJson, outcome.Failure?.Kind);
        Assert.Contains($"line 1, column {raw.IndexOf("oops", StringComparison.Ordinal) + 1}", outcome.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_nothing_looks_like_an_answer_the_longest_candidate_is_reported()
    {
        var outcome = ModelOutputParser.Parse("Tags: [\"a\"]. Answer: {\"entities\": [{\"text\": \"x\" \"type\": \"y\"}]}");

        Assert.Equal(FailureClass.InvalidJson, outcome.Failure?.Kind);
        Assert.Contains("\"type\"", outcome.Failure?.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Honours_escaped_backslashes_when_balancing()
    {
        var outcome = ModelOutputParser.Parse("{\"entities\": [{\"text\": \"path C:\\\\\", \"type\": \"x\"}]} and a stray } here");

        Assert.True(outcome.IsSuccess, outcome.Failure?.Message);
        Assert.Equal("path C:\\", Assert.Single(outcome.Prediction.Entities).Text);
    }

    [Fact]
    public void Reads_a_bare_array_of_entities()
    {
        var outcome = ModelOutputParser.Parse("""[{"text": "trastuzumab", "type": "drug"}, {"text": "breast cancer", "type": "condition"}]""");

        Assert.True(outcome.IsSuccess);
        Assert.Equal(["trastuzumab", "breast cancer"], outcome.Prediction.Entities.Select(e => e.Text));
        Assert.Equal(["e1", "e2"], outcome.Prediction.Entities.Select(e => e.Id));
        Assert.Empty(outcome.Prediction.Mappings);
    }

    [Fact]
    public void Reads_a_bare_array_of_mappings()
    {
        var outcome = ModelOutputParser.Parse("""[{"mcode_element": "CancerRelatedMedicationRequest", "value": "trastuzumab"}]""");

        Assert.True(outcome.IsSuccess);
        Assert.Empty(outcome.Prediction.Entities);
        Assert.Equal("CancerRelatedMedicationRequest", Assert.Single(outcome.Prediction.Mappings).Element);
    }

    [Fact]
    public void Tolerates_trailing_commas_and_comments()
    {
        const string raw = """
            {
              // the model's own remark
              "entities": [ { "text": "trastuzumab", "type": "medication", }, ],
            }
            """;

        var outcome = ModelOutputParser.Parse(raw);

        Assert.True(outcome.IsSuccess, outcome.Failure?.Message);
        Assert.Single(outcome.Prediction.Entities);
    }

    [Theory]
    [InlineData("element")]
    [InlineData("mcode_element")]
    [InlineData("Mcode_element")]
    [InlineData("mcode_type")]
    [InlineData("mcodeElement")]
    [InlineData("MCODE-ELEMENT")]
    public void Accepts_every_spelling_of_the_element_member(string member)
    {
        var outcome = ModelOutputParser.Parse($$"""{"mcode_mappings": [{"{{member}}": "TNMStageGroup", "value": "Stage IV"}]}""");

        Assert.True(outcome.IsSuccess, outcome.Failure?.Message);
        Assert.Equal(new Mapping("TNMStageGroup", "Stage IV"), Assert.Single(outcome.Prediction.Mappings));
    }

    [Theory]
    [InlineData("source_text")]
    [InlineData("source_text_fragment")]
    [InlineData("text")]
    public void Accepts_every_spelling_of_the_source_text_and_links_by_it(string member)
    {
        var input = new[] { new Entity("metastatic breast cancer", "condition", Id: "e1"), new Entity("trastuzumab", "medication", Id: "e2") };

        var outcome = ModelOutputParser.Parse(
            $$"""{"mcode_mappings": [{"element": "CancerRelatedMedicationRequest", "{{member}}": "Trastuzumab"}]}""",
            null,
            new ParseContext(PromptType.Mapping, input));

        Assert.True(outcome.IsSuccess);
        var mapping = Assert.Single(outcome.Prediction.Mappings);
        Assert.Equal("e2", mapping.EntityId);
        Assert.Equal("Trastuzumab", mapping.Value);
    }

    [Theory]
    [InlineData("\"entity_id\": \"e2\"", "e2")]
    [InlineData("\"entity_id\": \"E2\"", "e2")]
    [InlineData("\"entity_id\": 2", "e2")]
    [InlineData("\"entityId\": \"2\"", "e2")]
    [InlineData("\"source_entity_index\": 1", "e2")]
    [InlineData("\"source_entity_index\": \"0\"", "e1")]
    [InlineData("\"entity_index\": 0", "e1")]
    public void Links_mappings_by_id_or_zero_based_index(string link, string expectedId)
    {
        var input = new[] { new Entity("breast cancer", "condition", Id: "e1"), new Entity("trastuzumab", "medication", Id: "e2") };

        var outcome = ModelOutputParser.Parse(
            $$"""{"mcode_mappings": [{"element": "CancerRelatedMedicationRequest", "value": "x", {{link}}}]}""",
            null,
            new ParseContext(PromptType.Mapping, input));

        Assert.True(outcome.IsSuccess);
        Assert.Equal(expectedId, Assert.Single(outcome.Prediction.Mappings).EntityId);
        Assert.Empty(outcome.Warnings);
    }

    [Theory]
    [InlineData("\"source_entity_index\": 5", "outside the 2 entities")]
    [InlineData("\"entity_id\": \"e9\"", "matches no entity id")]
    [InlineData("\"source_entity_index\": -1", "non-negative integer")]
    public void Keeps_a_mapping_with_a_dangling_link_but_drops_the_link_with_a_warning(string link, string warning)
    {
        var input = new[] { new Entity("breast cancer", "condition", Id: "e1"), new Entity("trastuzumab", "medication", Id: "e2") };

        var outcome = ModelOutputParser.Parse(
            $$"""{"mcode_mappings": [{"element": "PrimaryCancerCondition", "value": "x", {{link}}}]}""",
            null,
            new ParseContext(PromptType.Mapping, input));

        Assert.True(outcome.IsSuccess);
        Assert.Null(Assert.Single(outcome.Prediction.Mappings).EntityId);
        Assert.Contains(outcome.Warnings, w => w.StartsWith("$.mcode_mappings[0].", StringComparison.Ordinal) && w.Contains(warning, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"criterion\": \"exclusion\"", Criterion.Exclusion)]
    [InlineData("\"context\": \"Inclusion Criteria\"", Criterion.Inclusion)]
    [InlineData("\"section\": \"exclusion_criteria\"", Criterion.Exclusion)]
    [InlineData("\"attributes\": {\"criterion\": \"inclusion\"}", Criterion.Inclusion)]
    [InlineData("\"section\": \"eligibilityModule\"", Criterion.None)]
    [InlineData("\"type2\": \"exclusion\"", Criterion.None)]
    public void Reads_the_criterion_from_criterion_context_or_section(string member, Criterion expected)
    {
        var outcome = ModelOutputParser.Parse($$"""{"entities": [{"text": "brain metastases", "type": "condition", {{member}}}]}""");

        Assert.True(outcome.IsSuccess);
        Assert.Equal(expected, Assert.Single(outcome.Prediction.Entities).Criterion);
    }

    [Theory]
    [InlineData("\"negated\": true", true)]
    [InlineData("\"negation\": \"yes\"", true)]
    [InlineData("\"is_negated\": \"true\"", true)]
    [InlineData("\"attributes\": {\"negated\": true}", true)]
    [InlineData("\"negated\": false", false)]
    [InlineData("\"attributes\": {\"status\": \"negative\"}", false)]
    [InlineData("\"status\": \"negative\"", false)]
    public void Reads_negation_only_from_explicit_negation_members(string member, bool expected)
    {
        // "negative" is a biomarker result (ER-negative), not a negated mention.
        var outcome = ModelOutputParser.Parse($$"""{"entities": [{"text": "ER", "type": "biomarker", {{member}}}]}""");

        Assert.True(outcome.IsSuccess);
        Assert.Equal(expected, Assert.Single(outcome.Prediction.Entities).Negated);
    }

    [Fact]
    public void Drops_broken_items_with_a_warning_naming_their_path()
    {
        const string raw = """
            {"entities": [
              {"text": "trastuzumab", "type": "medication"},
              "HER2",
              {"type": "condition"},
              {"text": 5, "type": "condition"},
              {"text": "   ", "type": "condition"},
              {"text": "breast cancer"}
            ]}
            """;

        var outcome = ModelOutputParser.Parse(raw);

        Assert.True(outcome.IsSuccess);
        Assert.Equal(
            [new Entity("trastuzumab", "medication", Id: "e1"), new Entity("breast cancer", PredictionReader.UnspecifiedType, Id: "e2")],
            outcome.Prediction.Entities);
        Assert.Collection(
            outcome.Warnings,
            w => Assert.StartsWith("$.entities[1]: expected an object, but found a string.", w, StringComparison.Ordinal),
            w => Assert.StartsWith("$.entities[2]: no \"text\".", w, StringComparison.Ordinal),
            w => Assert.StartsWith("$.entities[3].text: expected a non-empty string, but found a number.", w, StringComparison.Ordinal),
            w => Assert.StartsWith("$.entities[4].text: expected a non-empty string, but found an empty string.", w, StringComparison.Ordinal),
            w => Assert.StartsWith("$.entities[5]: no \"type\"", w, StringComparison.Ordinal));
    }

    [Fact]
    public void Drops_broken_mappings_and_unusable_codes_with_warnings()
    {
        const string raw = """
            {"mcode_mappings": [
              {"element": "CancerRelatedMedicationRequest", "value": "trastuzumab", "code": {"code": "224905"}},
              {"value": "stage IV"},
              {"element": "TumorMarkerTest", "value": {"status": "positive"}, "code": {"system": "loinc"}}
            ]}
            """;

        var outcome = ModelOutputParser.Parse(raw);

        Assert.True(outcome.IsSuccess);
        Assert.Equal(
            [new Mapping("CancerRelatedMedicationRequest", "trastuzumab"), new Mapping("TumorMarkerTest", null)],
            outcome.Prediction.Mappings);
        Assert.Contains(outcome.Warnings, w => w.StartsWith("$.mcode_mappings[0].code: code \"224905\" has no \"system\"", StringComparison.Ordinal));
        Assert.Contains(outcome.Warnings, w => w.StartsWith("$.mcode_mappings[1]: no \"element\"", StringComparison.Ordinal) && w.EndsWith("The mapping was dropped.", StringComparison.Ordinal));
        Assert.Contains(outcome.Warnings, w => w.StartsWith("$.mcode_mappings[2].value: expected text, but found an object", StringComparison.Ordinal));
        Assert.Contains(outcome.Warnings, w => w.StartsWith("$.mcode_mappings[2].code: the code has no \"code\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_fhir_codings_and_bare_codes_and_canonicalises_their_systems()
    {
        const string raw = """
            {"mcode_mappings": [
              {"element": "PrimaryCancerCondition", "code": {"coding": [{"system": "SNOMED CT", "code": "254837009", "display": "Breast cancer"}]}},
              {"element": "PrimaryCancerCondition", "code": "C50.9", "system": "ICD-10", "display": "Breast, unspecified"},
              {"element": "CancerRelatedMedicationRequest", "coding": [{"system": "rxnorm", "code": 224905}]}
            ]}
            """;

        var outcome = ModelOutputParser.Parse(raw);

        Assert.True(outcome.IsSuccess);
        Assert.Equal(
            [
                new CodeRef(CodeSystems.Snomed, "254837009", "Breast cancer"),
                new CodeRef(CodeSystems.Icd10Cm, "C50.9", "Breast, unspecified"),
                new CodeRef(CodeSystems.RxNorm, "224905"),
            ],
            outcome.Prediction.Mappings.Select(m => m.Code));
    }

    [Fact]
    public void Gives_entities_without_ids_the_next_free_e_number_and_renames_repeated_ids()
    {
        const string raw = """{"entities": [{"text": "a", "type": "x"}, {"id": "e1", "text": "b", "type": "x"}, {"id": "e1", "text": "c", "type": "x"}]}""";

        var outcome = ModelOutputParser.Parse(raw);

        Assert.True(outcome.IsSuccess);
        Assert.Equal(["e2", "e1", "e3"], outcome.Prediction.Entities.Select(e => e.Id));
        Assert.Contains(outcome.Warnings, w => w.Contains("id \"e1\" is used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_json_names_the_line_and_column_in_the_output()
    {
        const string raw = "Result:\n{\n  \"entities\": [\n    {\"text\": \"≥ 18 years\" \"type\": \"age\"}\n  ]\n}";
        var line = raw.Split('\n')[3];
        var column = line.IndexOf("\"type\"", StringComparison.Ordinal) + 1;

        var outcome = ModelOutputParser.Parse(raw);

        Assert.False(outcome.IsSuccess);
        Assert.Equal(FailureClass.InvalidJson, outcome.Failure.Kind);
        Assert.Contains($"line 4, column {column}", outcome.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"age\"", outcome.Failure.Excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'entities': [{'text': 'HER2', 'type': 'biomarker'}]}")]
    [InlineData("{\"entities\": [{\"text\": \"HER2\", \"type\": biomarker}]}")]
    [InlineData("The trial mentions HER2 and trastuzumab.")]
    [InlineData("{\"entities\": [{\"text\": \"HER2\"")]
    public void Output_that_is_not_json_is_invalid_json(string raw)
    {
        var outcome = ModelOutputParser.Parse(raw, ChatFinishReason.Stop);

        Assert.False(outcome.IsSuccess);
        Assert.Equal(FailureClass.InvalidJson, outcome.Failure.Kind);
        Assert.False(string.IsNullOrEmpty(outcome.Failure.Excerpt));
    }

    [Theory]
    [InlineData("{\"result\": []}", "$: expected an \"entities\" and/or \"mcode_mappings\" array", "\"result\"")]
    [InlineData("{}", "$: expected an \"entities\"", "the object is empty")]
    [InlineData("{\"entities\": \"none\"}", "$.entities: expected an array, but found a string", "$.entities")]
    [InlineData("{\"mcode_mappings\": {\"element\": \"x\"}}", "$.mcode_mappings: expected an array, but found an object", "$.mcode_mappings")]
    [InlineData("{\"entities\": [{\"name\": \"HER2\"}, 3]}", "No usable entity in $.entities: $.entities[0]: no \"text\".", "needs at least a \"text\"")]
    [InlineData("{\"mcode_mappings\": [{\"value\": \"x\"}]}", "No usable mapping in $.mcode_mappings", "needs at least an \"element\"")]
    public void Json_of_the_wrong_shape_is_a_schema_violation_with_its_path(string raw, string messageStart, string messagePart)
    {
        var outcome = ModelOutputParser.Parse(raw);

        Assert.False(outcome.IsSuccess);
        Assert.Equal(FailureClass.SchemaViolation, outcome.Failure.Kind);
        Assert.StartsWith(messageStart, outcome.Failure.Message, StringComparison.Ordinal);
        Assert.Contains(messagePart, outcome.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_of_scalars_is_a_schema_violation()
    {
        var outcome = ModelOutputParser.Parse("[\"HER2\", \"trastuzumab\"]");

        Assert.False(outcome.IsSuccess);
        Assert.Equal(FailureClass.SchemaViolation, outcome.Failure.Kind);
        Assert.StartsWith("No usable entity in $", outcome.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extraction_answer_needs_entities_and_a_mapping_answer_needs_mappings()
    {
        var mappingsOnly = ModelOutputParser.Parse("{\"mcode_mappings\": [{\"element\": \"CancerStage\", \"value\": \"IV\"}]}", null, new ParseContext(PromptType.Extraction));
        var entitiesOnly = ModelOutputParser.Parse("{\"entities\": [{\"text\": \"HER2\", \"type\": \"biomarker\"}]}", null, new ParseContext(PromptType.Mapping));

        Assert.Equal(FailureClass.SchemaViolation, mappingsOnly.Failure?.Kind);
        Assert.Contains("needs an \"entities\" array", mappingsOnly.Failure?.Message, StringComparison.Ordinal);
        Assert.Equal(FailureClass.SchemaViolation, entitiesOnly.Failure?.Kind);
        Assert.Contains("needs an \"mcode_mappings\" array", entitiesOnly.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_lists_read_as_empty_with_a_warning()
    {
        var outcome = ModelOutputParser.Parse("{\"entities\": [], \"mcode_mappings\": null}");

        Assert.True(outcome.IsSuccess);
        Assert.Empty(outcome.Prediction.Entities);
        Assert.Empty(outcome.Prediction.Mappings);
        Assert.Contains("$.mcode_mappings is null; read as an empty list.", outcome.Warnings);
    }

    [Theory]
    [InlineData("{\"entities\": [{\"text\": \"HER2-positive\", \"type\": \"biomarker\"}, {\"text\": \"trastu")]
    [InlineData("```json\n{\"entities\": [{\"text\": \"HER2-positive\", \"type\": \"biom")]
    [InlineData("Let me think step by step about each criterion in the trial")]
    [InlineData("")]
    public void A_cut_off_output_without_complete_json_is_truncated(string raw)
    {
        var outcome = ModelOutputParser.Parse(raw, ChatFinishReason.Length);

        Assert.False(outcome.IsSuccess);
        Assert.Equal(FailureClass.Truncated, outcome.Failure.Kind);
        Assert.Contains("max_output_tokens", outcome.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_off_output_whose_json_is_complete_is_kept_with_a_warning()
    {
        var outcome = ModelOutputParser.Parse("{\"entities\": [{\"text\": \"HER2\", \"type\": \"biomarker\"}]}\nAnd now some", ChatFinishReason.Length);

        Assert.True(outcome.IsSuccess);
        Assert.Single(outcome.Prediction.Entities);
        Assert.Contains(outcome.Warnings, w => w.Contains("finish reason \"length\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Unclosed_json_without_a_length_finish_is_invalid_json_naming_where_it_ends()
    {
        var outcome = ModelOutputParser.Parse("{\n\"entities\": [\n{\"text\": \"HER2\"", ChatFinishReason.Stop);

        Assert.Equal(FailureClass.InvalidJson, outcome.Failure?.Kind);
        Assert.Contains("ends at line 3", outcome.Failure?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData(null)]
    [InlineData("I'm sorry, but I can't help with that request.")]
    [InlineData("I cannot provide medical extraction for this text.")]
    [InlineData("As an AI language model, I am unable to process clinical data.")]
    [InlineData("I’m sorry; this request is outside what this assistant does.")]
    [InlineData("Unfortunately I must decline.")]
    public void Empty_output_or_a_refusal_without_json_is_empty_or_refusal(string? raw)
    {
        var outcome = ModelOutputParser.Parse(raw, ChatFinishReason.Stop);

        Assert.False(outcome.IsSuccess);
        Assert.Equal(FailureClass.EmptyOrRefusal, outcome.Failure.Kind);
    }

    [Fact]
    public void A_content_filter_stop_without_json_is_empty_or_refusal()
    {
        var outcome = ModelOutputParser.Parse("The response was filtered.", ChatFinishReason.ContentFilter);

        Assert.Equal(FailureClass.EmptyOrRefusal, outcome.Failure?.Kind);
        Assert.Contains("content_filter", outcome.Failure?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_phrase_inside_json_does_not_make_a_refusal()
    {
        var outcome = ModelOutputParser.Parse("{\"entities\": [{\"text\": \"patients who cannot swallow\", \"type\": \"condition\", \"note\": \"I can't be sure\"}]}");

        Assert.True(outcome.IsSuccess);
    }

    [Fact]
    public void A_quoted_string_is_no_json_and_a_scalar_list_member_is_a_schema_violation()
    {
        // A quoted JSON string is no candidate, so this reads as prose without JSON.
        var prose = ModelOutputParser.Parse("\"no entities\"");
        var number = ModelOutputParser.Parse("{\"entities\": 3}");

        Assert.Equal(FailureClass.InvalidJson, prose.Failure?.Kind);
        Assert.Equal(FailureClass.SchemaViolation, number.Failure?.Kind);
    }

    [Fact]
    public void Mappings_without_a_value_take_their_source_text_as_value()
    {
        var outcome = ModelOutputParser.Parse("{\"mcode_mappings\": [{\"element\": \"PrimaryCancerCondition\", \"source_text\": \"metastatic breast cancer\"}]}");

        Assert.True(outcome.IsSuccess);
        Assert.Equal("metastatic breast cancer", Assert.Single(outcome.Prediction.Mappings).Value);
    }

    [Fact]
    public void Caps_the_number_of_warnings()
    {
        var items = string.Join(",", Enumerable.Range(0, 80).Select(_ => "\"junk\""));
        var outcome = ModelOutputParser.Parse($$"""{"entities": [{"text": "HER2", "type": "biomarker"}, {{items}}]}""");

        Assert.True(outcome.IsSuccess);
        Assert.Equal(51, outcome.Warnings.Count);
        Assert.Equal("… and 30 more warnings of the same kinds.", outcome.Warnings[^1]);
    }
}
