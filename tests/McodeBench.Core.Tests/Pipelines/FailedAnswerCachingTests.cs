using McodeBench.Core.Models.Caching;
using McodeBench.Core.Pipelines;

namespace McodeBench.Core.Tests.Pipelines;

/// <summary>
/// Only answers the pipeline can parse are cached: a malformed answer is a failed task, and <c>retry</c> must ask the
/// model again rather than get the same malformed answer back from the response cache.
/// </summary>
public sealed class FailedAnswerCachingTests
{
    private static readonly ResponseCacheOptions CacheOptions = new("http://scripted.test/v1", "scripted-model");

    [Fact]
    public async Task A_malformed_answer_is_not_cached_so_a_retry_reaches_the_model_and_can_succeed()
    {
        var model = new ScriptedChatClient().Reply("{\"mcode_mappings\": [ {\"element\": ").Reply(DirectPipelineTests.DirectAnswer);
        var store = new InMemoryResponseCacheStore();
        var pipeline = new DirectPipeline(new ResponseCacheChatClient(model, store, CacheOptions));

        var first = await pipeline.RunAsync(PipelineFixtures.DirectRequest(), TestContext.Current.CancellationToken);
        var retried = await pipeline.RunAsync(PipelineFixtures.DirectRequest(), TestContext.Current.CancellationToken);

        Assert.Equal(FailureClass.InvalidJson, first.Failure?.Kind);
        Assert.True(retried.IsSuccess, retried.Failure?.Message);
        Assert.Equal(2, model.Calls.Count);
        Assert.Single(await store.ListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_parseable_answer_is_cached_and_replayed()
    {
        var model = new ScriptedChatClient().Reply(DirectPipelineTests.DirectAnswer);
        var pipeline = new DirectPipeline(new ResponseCacheChatClient(model, new InMemoryResponseCacheStore(), CacheOptions));

        await pipeline.RunAsync(PipelineFixtures.DirectRequest(), TestContext.Current.CancellationToken);
        var again = await pipeline.RunAsync(PipelineFixtures.DirectRequest(), TestContext.Current.CancellationToken);

        Assert.True(again.IsSuccess);
        Assert.Single(model.Calls);
    }

    [Fact]
    public async Task A_malformed_answer_cached_by_an_older_build_is_not_replayed_and_a_good_one_replaces_it()
    {
        var store = new InMemoryResponseCacheStore();
        var recorder = new ScriptedChatClient().Reply(DirectPipelineTests.DirectAnswer);
        var request = PipelineFixtures.DirectRequest();

        // Find the key the pipeline's call has by letting an acceptance-free cache store under it, then plant garbage there.
        await new DirectPipeline(new ResponseCacheChatClient(recorder, store, CacheOptions)).RunAsync(request, TestContext.Current.CancellationToken);
        var key = Assert.Single(await store.ListAsync(TestContext.Current.CancellationToken)).Key;
        await store.SetAsync(key, new CachedResponse("not json at all", "stop", "scripted-model", 10, 5), null, TestContext.Current.CancellationToken);

        var model = new ScriptedChatClient().Reply(DirectPipelineTests.DirectAnswer);
        var result = await new DirectPipeline(new ResponseCacheChatClient(model, store, CacheOptions)).RunAsync(request, TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Single(model.Calls);
        Assert.Equal(DirectPipelineTests.DirectAnswer, (await store.GetAsync(key, TestContext.Current.CancellationToken))!.Text);
    }
}
