using McodeBench.Core.Annotations;
using McodeBench.Core.Library;
using McodeBench.Core.Pipelines;

namespace McodeBench.Core.Tests.Pipelines;

public sealed class DirectPipelineTests
{
    internal const string DirectAnswer = """
        {"mcode_mappings": [
          {"element": "TumorMarkerTest", "value": "HER2 positive", "source_text": "HER2-positive", "criterion": "inclusion"},
          {"element": "CancerRelatedMedicationRequest", "value": "trastuzumab", "source_text": "trastuzumab"},
          {"element": "CancerRelatedMedicationAdministration", "value": "trastuzumab", "source_text": "Trastuzumab"},
          {"element": "PrimaryCancerCondition", "value": "metastatic breast cancer", "source_text": "metastatic breast cancer"},
          {"element": "CancerDiseaseStatus", "value": "metastatic", "source_text": "metastatic"},
          {"element": "CancerStage", "value": "IV"}
        ]}
        """;

    [Fact]
    public async Task Derives_one_typed_entity_per_distinct_source_text_when_the_answer_has_none()
    {
        var client = new ScriptedChatClient().Reply(DirectAnswer);

        var result = await new DirectPipeline(client).RunAsync(PipelineFixtures.DirectRequest(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(
            [
                new Entity("HER2-positive", "biomarker", null, Criterion.Inclusion, false, "e1"),
                new Entity("trastuzumab", "medication", Id: "e2"),
                new Entity("metastatic breast cancer", "condition", Id: "e3"),
            ],
            result.Prediction.Entities);
        Assert.Equal(["e1", "e2", "e2", "e3", null, null], result.Prediction.Mappings.Select(m => m.EntityId));
        Assert.Contains("direct: No entity derived for mappings whose element implies no entity type: CancerDiseaseStatus.", result.Warnings);
    }

    [Fact]
    public async Task Keeps_the_entities_an_answer_gives_and_links_mappings_to_them()
    {
        const string answer = """
            {"entities": [{"id": "a", "text": "HER2-positive", "type": "biomarker"}, {"id": "b", "text": "trastuzumab", "type": "medication"}],
             "mcode_mappings": [{"element": "TumorMarkerTest", "value": "HER2 positive", "entity_id": "a"},
                                {"element": "CancerRelatedMedicationRequest", "value": "trastuzumab", "source_entity_index": 1}]}
            """;
        var client = new ScriptedChatClient().Reply(answer);

        var result = await new DirectPipeline(client).RunAsync(PipelineFixtures.DirectRequest(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        Assert.Equal(["a", "b"], result.Prediction.Entities.Select(e => e.Id));
        Assert.Equal(["a", "b"], result.Prediction.Mappings.Select(m => m.EntityId));
    }

    [Fact]
    public async Task Sends_one_prompt_with_the_trial_text_and_context_and_records_it()
    {
        var client = new ScriptedChatClient().Reply(DirectAnswer);

        var result = await new DirectPipeline(client).RunAsync(PipelineFixtures.DirectRequest(), TestContext.Current.CancellationToken);

        var call = Assert.Single(client.Calls);
        Assert.Contains($"<clinical_text>\n{PipelineFixtures.EligibilityText}\n</clinical_text>", call.Prompt, StringComparison.Ordinal);
        Assert.Contains($"<trial_context>\n{PipelineFixtures.Context}\n</trial_context>", call.Prompt, StringComparison.Ordinal);
        var step = Assert.Single(result.Steps);
        Assert.Equal(DirectPipeline.DirectStep, step.Step);
        Assert.Equal(call.Prompt, step.Prompt);
        Assert.Equal(DirectAnswer, step.RawOutput);
        Assert.Equal(DirectPipeline.PipelineName, result.Pipeline);
    }

    [Fact]
    public async Task An_answer_with_entities_only_is_kept_with_a_warning()
    {
        var client = new ScriptedChatClient().Reply("""{"entities": [{"text": "trastuzumab", "type": "medication"}]}""");

        var result = await new DirectPipeline(client).RunAsync(PipelineFixtures.DirectRequest(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        Assert.Single(result.Prediction.Entities);
        Assert.Contains(result.Warnings, w => w.Contains("no \"mcode_mappings\" array", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rejects_a_prompt_that_is_not_direct()
    {
        var request = PipelineFixtures.DirectRequest() with { Prompt = PipelineFixtures.Extraction };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new DirectPipeline(new ScriptedChatClient()).RunAsync(request, TestContext.Current.CancellationToken));

        Assert.Contains("\"extract-test\" is of type Extraction", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_placeholder_without_a_value_is_a_configuration_error_not_a_model_failure()
    {
        var request = PipelineFixtures.DirectRequest() with { Prompt = PipelineFixtures.Prompt("bad", PromptType.Direct, "{clinical_text} {entities_json}") };

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => new DirectPipeline(new ScriptedChatClient()).RunAsync(request, TestContext.Current.CancellationToken));

        Assert.Contains("{entities_json}", error.Message, StringComparison.Ordinal);
    }
}
