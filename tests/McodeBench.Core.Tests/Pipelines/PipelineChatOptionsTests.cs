using McodeBench.Core.Library;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Pipelines;

public sealed class PipelineChatOptionsTests
{
    [Fact]
    public async Task Every_call_carries_the_repeat_index_and_the_generation_parameters()
    {
        var parameters = new GenerationParameters(Temperature: 0.7f, MaxOutputTokens: 2048, JsonMode: true, Seed: 42, TopP: 0.9f);
        var client = new ScriptedChatClient().Reply(TwoStepPipelineTests.ExtractionAnswer).Reply(TwoStepPipelineTests.MappingAnswer);

        await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest(parameters, repeatIndex: 3) with { ModelId = "gpt-test" }, TestContext.Current.CancellationToken);

        Assert.Equal(2, client.Calls.Count);
        Assert.All(client.Calls, call =>
        {
            var options = Assert.IsType<ChatOptions>(call.Options);
            Assert.Equal(3, options.AdditionalProperties?[ChatOptionKeys.RepeatIndex]);
            Assert.Equal(0.7f, options.Temperature);
            Assert.Equal(2048, options.MaxOutputTokens);
            Assert.Equal(42L, options.Seed);
            Assert.Equal(0.9f, options.TopP);
            Assert.Equal("gpt-test", options.ModelId);
            Assert.IsType<ChatResponseFormatJson>(options.ResponseFormat);
        });
        Assert.NotSame(client.Calls[0].Options, client.Calls[1].Options);
    }

    [Fact]
    public async Task Json_mode_off_leaves_the_response_format_to_the_provider()
    {
        var client = new ScriptedChatClient().Reply(DirectPipelineTests.DirectAnswer);

        await new DirectPipeline(client).RunAsync(PipelineFixtures.DirectRequest(new GenerationParameters(JsonMode: false)), TestContext.Current.CancellationToken);

        var options = Assert.Single(client.Calls).Options!;
        Assert.Null(options.ResponseFormat);
        Assert.Equal(0, options.AdditionalProperties?[ChatOptionKeys.RepeatIndex]);
        Assert.Equal(0f, options.Temperature);
        Assert.Equal(4096, options.MaxOutputTokens);
        Assert.Null(options.Seed);
        Assert.Null(options.TopP);
    }

    [Fact]
    public void Json_mode_on_asks_for_json()
    {
        Assert.Same(ChatResponseFormat.Json, PipelineChatOptions.Create(new GenerationParameters(JsonMode: true), 0).ResponseFormat);
    }
}
