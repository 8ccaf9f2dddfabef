using McodeBench.Core.Annotations;
using McodeBench.Core.Library;
using McodeBench.Core.Mcode;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace McodeBench.Core.Tests.Pipelines;

public sealed class TwoStepPipelineTests
{
    internal const string ExtractionAnswer = """
        {"entities": [
          {"id": "x7", "text": "HER2-positive", "type": "biomarker", "criterion": "inclusion"},
          {"text": "trastuzumab", "type": "drug", "criterion": "inclusion"},
          {"text": "metastatic breast cancer", "type": "condition", "criterion": "inclusion"}
        ]}
        """;

    internal const string MappingAnswer = """
        Here are the mappings:
        ```json
        {"mcode_mappings": [
          {"element": "TumorMarkerTest", "value": "HER2 positive", "code": {"system": "loinc", "code": "48676-1"}, "entity_id": "e1"},
          {"mcode_element": "CancerRelatedMedicationRequest", "value": "trastuzumab", "source_entity_index": 1},
          {"element": "PrimaryCancerCondition", "value": "metastatic breast cancer", "code": {"system": "snomed", "code": "254837009"}, "source_text": "Metastatic breast cancer"}
        ]}
        ```
        """;

    [Fact]
    public async Task Runs_extraction_then_mapping_and_links_mappings_to_numbered_entities()
    {
        var client = new ScriptedChatClient().Reply(ExtractionAnswer).Reply(MappingAnswer);

        var result = await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(
            [
                new Entity("HER2-positive", "biomarker", null, Criterion.Inclusion, false, "e1"),
                new Entity("trastuzumab", "drug", null, Criterion.Inclusion, false, "e2"),
                new Entity("metastatic breast cancer", "condition", null, Criterion.Inclusion, false, "e3"),
            ],
            result.Prediction.Entities);
        Assert.Equal(
            [
                new Mapping("TumorMarkerTest", "HER2 positive", new CodeRef(CodeSystems.Loinc, "48676-1"), "e1"),
                new Mapping("CancerRelatedMedicationRequest", "trastuzumab", null, "e2"),
                new Mapping("PrimaryCancerCondition", "metastatic breast cancer", new CodeRef(CodeSystems.Snomed, "254837009"), "e3"),
            ],
            result.Prediction.Mappings);
        Assert.Equal(TwoStepPipeline.PipelineName, result.Pipeline);
    }

    [Fact]
    public async Task Sends_the_trial_text_first_and_the_entities_json_and_trial_context_second()
    {
        var client = new ScriptedChatClient().Reply(ExtractionAnswer).Reply(MappingAnswer);

        var result = await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest(), TestContext.Current.CancellationToken);

        Assert.Equal(2, client.Calls.Count);
        Assert.Contains($"<clinical_text>\n{PipelineFixtures.EligibilityText}\n</clinical_text>", client.Calls[0].Prompt, StringComparison.Ordinal);
        var entitiesJson = CanonicalEntitiesJson.Write(result.Prediction!.Entities);
        Assert.Contains($"<entities_json>\n{entitiesJson}\n</entities_json>", client.Calls[1].Prompt, StringComparison.Ordinal);
        Assert.Contains("{\"id\":\"e2\",\"text\":\"trastuzumab\",\"type\":\"drug\",\"criterion\":\"inclusion\",\"negated\":false}", client.Calls[1].Prompt, StringComparison.Ordinal);
        Assert.Contains("<trial_context>\nTitle: Trastuzumab in HER2-positive metastatic breast cancer\nConditions: Breast Cancer; HER2-positive Breast Cancer\n</trial_context>", client.Calls[1].Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_every_step_with_prompt_output_finish_reason_usage_and_latency()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 9, 1, 12, 0, 0, TimeSpan.Zero));
        var cacheHit = new CallUsage(900, 300, 0, true, 0.0021m, TimeSpan.FromMilliseconds(3), 0);
        var client = new ScriptedChatClient()
            .Reply(ExtractionAnswer, ChatFinishReason.Stop, new UsageDetails { InputTokenCount = 1200, OutputTokenCount = 250, CachedInputTokenCount = 1000 }, during: () => time.Advance(TimeSpan.FromSeconds(1.5)))
            .Reply(MappingAnswer, ChatFinishReason.Stop, callUsage: cacheHit, during: () => time.Advance(TimeSpan.FromSeconds(0.25)));

        var result = await new TwoStepPipeline(client, time).RunAsync(PipelineFixtures.TwoStepRequest(), TestContext.Current.CancellationToken);

        Assert.Collection(
            result.Steps,
            step =>
            {
                Assert.Equal(TwoStepPipeline.ExtractionStep, step.Step);
                Assert.Equal(client.Calls[0].Prompt, step.Prompt);
                Assert.Equal(ExtractionAnswer, step.RawOutput);
                Assert.Equal("stop", step.FinishReason);
                Assert.Equal(new CallUsage(1200, 250, 1000, false, 0m, TimeSpan.FromSeconds(1.5), 1), step.Usage);
                Assert.Equal(TimeSpan.FromSeconds(1.5), step.Latency);
                Assert.Equal(new DateTimeOffset(2025, 9, 1, 12, 0, 0, TimeSpan.Zero), step.StartedAt);
                Assert.Equal("scripted-model", step.ModelId);
                Assert.Null(step.EntitiesJson);
            },
            step =>
            {
                Assert.Equal(TwoStepPipeline.MappingStep, step.Step);
                Assert.Equal(client.Calls[1].Prompt, step.Prompt);
                Assert.Equal(MappingAnswer, step.RawOutput);
                Assert.Same(cacheHit, step.Usage);
                Assert.Equal(TimeSpan.FromSeconds(0.25), step.Latency);
                Assert.Equal(CanonicalEntitiesJson.Write(result.Prediction!.Entities), step.EntitiesJson);
            });
        Assert.Equal(
            new UsageTotals(Calls: 2, CacheHits: 1, InputTokens: 1200, OutputTokens: 250, CachedInputTokens: 1000, WouldBeInputTokens: 900, WouldBeOutputTokens: 300, Cost: 0m, WouldBeCost: 0.0021m, Latency: TimeSpan.FromSeconds(1.75)),
            result.Totals);
    }

    [Fact]
    public async Task Keeps_the_parser_warnings_of_each_step_prefixed_with_the_step()
    {
        var client = new ScriptedChatClient()
            .Reply("""{"entities": [{"text": "HER2-positive", "type": "biomarker"}, {"type": "condition"}]}""")
            .Reply(MappingAnswer);

        var result = await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        Assert.Contains("extraction: $.entities[1]: no \"text\". The entity was dropped.", result.Warnings);
        Assert.Contains(result.Warnings, w => w.StartsWith("mapping: ", StringComparison.Ordinal) && w.Contains("outside the JSON", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.StartsWith("mapping: $.mcode_mappings[1].source_entity_index: 1 is outside the 1 entities", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Skips_the_mapping_call_when_the_extraction_finds_no_entities()
    {
        var client = new ScriptedChatClient().Reply("{\"entities\": []}");

        var result = await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Prediction.Entities);
        Assert.Empty(result.Prediction.Mappings);
        Assert.Single(client.Calls);
        Assert.Equal([TwoStepPipeline.MappingSkippedWarning], result.Warnings);
    }

    [Fact]
    public async Task A_mapping_failure_fails_the_run_names_the_step_and_keeps_both_steps()
    {
        var client = new ScriptedChatClient().Reply(ExtractionAnswer).Reply("{\"mcode_mappings\": [{\"element\": \"TumorMarkerTest\"", ChatFinishReason.Length);

        var result = await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest(), TestContext.Current.CancellationToken);

        Assert.False(result.IsSuccess);
        Assert.Null(result.Prediction);
        Assert.Equal(FailureClass.Truncated, result.Failure.Kind);
        Assert.Equal(TwoStepPipeline.MappingStep, result.Failure.Step);
        Assert.Contains("TumorMarkerTest", result.Failure.Excerpt, StringComparison.Ordinal);
        Assert.Equal([TwoStepPipeline.ExtractionStep, TwoStepPipeline.MappingStep], result.Steps.Select(s => s.Step));
    }

    [Fact]
    public async Task Cancellation_during_the_mapping_call_keeps_the_steps_done_so_far()
    {
        using var cancellation = new CancellationTokenSource();
        var client = new ScriptedChatClient()
            .Reply(ExtractionAnswer)
            .Then((_, token) =>
            {
                cancellation.Cancel();
                token.ThrowIfCancellationRequested();
                throw new InvalidOperationException("unreachable");
            });

        var result = await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest(), cancellation.Token);

        Assert.Equal(FailureClass.Cancelled, result.Failure?.Kind);
        Assert.Equal(TwoStepPipeline.MappingStep, result.Failure?.Step);
        Assert.Equal(ExtractionAnswer, result.Steps[0].RawOutput);
        Assert.Equal(FailureClass.Cancelled, result.Steps[1].CallFailure);
        Assert.Null(result.Steps[1].RawOutput);
    }

    [Fact]
    public async Task An_already_cancelled_token_makes_no_call()
    {
        var client = new ScriptedChatClient();

        var result = await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest(), new CancellationToken(canceled: true));

        Assert.Equal(FailureClass.Cancelled, result.Failure?.Kind);
        Assert.Equal(TwoStepPipeline.ExtractionStep, result.Failure?.Step);
        Assert.Empty(result.Steps);
        Assert.Empty(client.Calls);
    }

    [Fact]
    public async Task Rejects_prompts_of_the_wrong_type_naming_the_prompt()
    {
        var pipeline = new TwoStepPipeline(new ScriptedChatClient());
        var directFirst = PipelineFixtures.TwoStepRequest() with { Prompt = PipelineFixtures.Direct };
        var noMapping = PipelineFixtures.TwoStepRequest() with { MappingPrompt = null };

        var wrongType = await Assert.ThrowsAsync<ArgumentException>(() => pipeline.RunAsync(directFirst, TestContext.Current.CancellationToken));
        var missing = await Assert.ThrowsAsync<ArgumentException>(() => pipeline.RunAsync(noMapping, TestContext.Current.CancellationToken));

        Assert.Contains("\"direct-test\" is of type Direct", wrongType.Message, StringComparison.Ordinal);
        Assert.Contains("needs a mapping prompt", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ignores_entities_a_mapping_answer_repeats_and_says_so()
    {
        var client = new ScriptedChatClient()
            .Reply(ExtractionAnswer)
            .Reply("""{"entities": [{"text": "other", "type": "condition"}], "mcode_mappings": [{"element": "TumorMarkerTest", "value": "HER2 positive", "entity_id": "e1"}]}""");

        var result = await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        Assert.Equal(["HER2-positive", "trastuzumab", "metastatic breast cancer"], result.Prediction.Entities.Select(e => e.Text));
        Assert.Contains("mapping: the answer repeats 1 entities; the extraction step's entities are kept instead.", result.Warnings);
    }

    [Fact]
    public async Task Extraction_prompts_may_use_the_trial_context_too()
    {
        var extraction = PipelineFixtures.Prompt("extract-context", PromptType.Extraction, "{trial_context}\n---\n{clinical_text}");
        var client = new ScriptedChatClient().Reply("{\"entities\": []}");

        await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest() with { Prompt = extraction }, TestContext.Current.CancellationToken);

        Assert.Equal(PipelineFixtures.Context + "\n---\n" + PipelineFixtures.EligibilityText, client.Calls[0].Prompt);
    }
}
