using System.Text.Json;
using McodeBench.Core.Annotations;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Pipelines;

public sealed class PipelineRescorerTests
{
    [Fact]
    public async Task Re_parsing_a_two_step_result_reproduces_its_prediction_and_warnings()
    {
        var client = new ScriptedChatClient().Reply(TwoStepPipelineTests.ExtractionAnswer).Reply(TwoStepPipelineTests.MappingAnswer);
        var original = await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest(), TestContext.Current.CancellationToken);

        var rescored = PipelineRescorer.ReParse(original);

        AssertSamePrediction(original, rescored);
        Assert.Equal(original.Warnings, rescored.Warnings);
        Assert.Same(original.Steps, rescored.Steps);
    }

    [Fact]
    public async Task Re_parsing_a_direct_result_reproduces_its_derived_entities_and_links()
    {
        var client = new ScriptedChatClient().Reply(DirectPipelineTests.DirectAnswer);
        var original = await new DirectPipeline(client).RunAsync(PipelineFixtures.DirectRequest(), TestContext.Current.CancellationToken);

        var rescored = PipelineRescorer.ReParse(original);

        AssertSamePrediction(original, rescored);
        Assert.Equal(original.Warnings, rescored.Warnings);
    }

    [Fact]
    public async Task A_result_read_back_from_json_storage_rescores_to_the_same_prediction()
    {
        var client = new ScriptedChatClient().Reply(TwoStepPipelineTests.ExtractionAnswer, usage: new UsageDetails { InputTokenCount = 10, OutputTokenCount = 5 })
            .Reply(TwoStepPipelineTests.MappingAnswer);
        var original = await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest(), TestContext.Current.CancellationToken);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var stored = JsonSerializer.Deserialize<PipelineResult>(JsonSerializer.Serialize(original, options), options)!;
        var rescored = PipelineRescorer.ReParse(stored);

        AssertSamePrediction(original, rescored);
        Assert.Equal(original.Totals, stored.Totals);
        Assert.Equal(original.Steps, stored.Steps);
    }

    [Fact]
    public async Task Re_parsing_reads_the_stored_raw_outputs_without_calling_a_model()
    {
        var client = new ScriptedChatClient().Reply(TwoStepPipelineTests.ExtractionAnswer).Reply(TwoStepPipelineTests.MappingAnswer);
        var original = await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest(), TestContext.Current.CancellationToken);
        var edited = original with
        {
            Steps = [original.Steps[0], original.Steps[1] with { RawOutput = "{\"mcode_mappings\": [{\"element\": \"CancerStage\", \"value\": \"IV\", \"entity_id\": \"e3\"}]}" }],
        };

        var rescored = PipelineRescorer.ReParse(edited);

        Assert.Equal(2, client.Calls.Count);
        Assert.True(rescored.IsSuccess);
        Assert.Equal([new Mapping("CancerStage", "IV", null, "e3")], rescored.Prediction.Mappings);
        Assert.Equal(original.Prediction!.Entities, rescored.Prediction.Entities);
    }

    [Fact]
    public async Task A_stored_output_failure_is_reproduced_and_a_fixed_output_turns_it_into_a_success()
    {
        var client = new ScriptedChatClient().Reply("{\"mcode_mappings\": [{\"element\": \"CancerStage\", \"value\": IV}]}");
        var failed = await new DirectPipeline(client).RunAsync(PipelineFixtures.DirectRequest(), TestContext.Current.CancellationToken);

        var again = PipelineRescorer.ReParse(failed);
        var fixedOutput = PipelineRescorer.ReParse(failed with { Steps = [failed.Steps[0] with { RawOutput = "{\"mcode_mappings\": []}" }] });

        Assert.Equal(failed.Failure, again.Failure);
        Assert.True(fixedOutput.IsSuccess);
        Assert.Empty(fixedOutput.Prediction.Mappings);
    }

    [Fact]
    public async Task Call_failures_and_cancellations_stay_as_they_were()
    {
        using var cancellation = new CancellationTokenSource();
        var providerError = await new DirectPipeline(new ScriptedChatClient().Throw(new ModelCallException(FailureClass.ProviderError, "502 Bad Gateway", 502)))
            .RunAsync(PipelineFixtures.DirectRequest(), TestContext.Current.CancellationToken);
        var cancelledBeforeMapping = await new TwoStepPipeline(new ScriptedChatClient().Reply(TwoStepPipelineTests.ExtractionAnswer, during: cancellation.Cancel))
            .RunAsync(PipelineFixtures.TwoStepRequest(), cancellation.Token);

        Assert.Equal(FailureClass.Cancelled, cancelledBeforeMapping.Failure?.Kind);
        Assert.Single(cancelledBeforeMapping.Steps);
        Assert.Equal(providerError.Failure, PipelineRescorer.ReParse(providerError).Failure);
        Assert.Equal(cancelledBeforeMapping.Failure, PipelineRescorer.ReParse(cancelledBeforeMapping).Failure);
    }

    [Fact]
    public void An_unknown_pipeline_name_is_rejected_by_name()
    {
        var stored = PipelineResult.Success("three_step", Prediction.Empty, [], []);

        var error = Assert.Throws<ArgumentException>(() => PipelineRescorer.ReParse(stored));

        Assert.Contains("\"three_step\"", error.Message, StringComparison.Ordinal);
    }

    private static void AssertSamePrediction(PipelineResult expected, PipelineResult actual)
    {
        Assert.True(expected.IsSuccess, expected.Failure?.Message);
        Assert.True(actual.IsSuccess, actual.Failure?.Message);
        Assert.NotEmpty(expected.Prediction.Mappings);
        Assert.Equal(expected.Prediction.Entities, actual.Prediction.Entities);
        Assert.Equal(expected.Prediction.Mappings, actual.Prediction.Mappings);
    }
}
