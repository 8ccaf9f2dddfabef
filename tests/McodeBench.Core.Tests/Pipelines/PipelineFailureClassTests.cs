using System.Net;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Pipelines;

/// <summary>Every failure class of SCORING.md, produced end to end from a crafted output or exception.</summary>
public sealed class PipelineFailureClassTests
{
    [Theory]
    [InlineData("invalid_json")]
    [InlineData("schema_violation")]
    [InlineData("truncated")]
    [InlineData("empty_or_refusal")]
    [InlineData("provider_error")]
    [InlineData("rate_limited")]
    [InlineData("timeout")]
    [InlineData("cancelled")]
    public async Task A_direct_run_reports_the_failure_class(string wireName)
    {
        using var cancellation = new CancellationTokenSource();
        var client = new ScriptedChatClient();
        _ = wireName switch
        {
            "invalid_json" => client.Reply("{\"mcode_mappings\": [{\"element\": \"CancerStage\", \"value\": IV}]}"),
            "schema_violation" => client.Reply("{\"findings\": [{\"element\": \"CancerStage\", \"value\": \"IV\"}]}"),
            "truncated" => client.Reply("{\"mcode_mappings\": [{\"element\": \"CancerSt", ChatFinishReason.Length),
            "empty_or_refusal" => client.Reply("I'm sorry, but I can't assist with that."),
            "provider_error" => client.Throw(new HttpRequestException("Connection refused (localhost:11434)")),
            "rate_limited" => client.Throw(new ModelCallException(FailureClass.RateLimited, "429 Too Many Requests after 4 attempts", 429, 4)),
            "timeout" => client.Throw(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException())),
            "cancelled" => client.Then((_, token) =>
            {
                cancellation.Cancel();
                token.ThrowIfCancellationRequested();
                throw new InvalidOperationException("unreachable");
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(wireName), wireName, "No scenario."),
        };

        var result = await new DirectPipeline(client).RunAsync(PipelineFixtures.DirectRequest(), cancellation.Token);

        Assert.False(result.IsSuccess);
        Assert.Null(result.Prediction);
        Assert.Equal(wireName, result.Failure.Kind.ToWireName());
        Assert.Equal(DirectPipeline.DirectStep, result.Failure.Step);
        Assert.False(string.IsNullOrWhiteSpace(result.Failure.Message));
        var step = Assert.Single(result.Steps);
        var outputFailure = wireName is "invalid_json" or "schema_violation" or "truncated" or "empty_or_refusal";
        Assert.Equal(outputFailure, step.RawOutput is not null);
        Assert.Equal(outputFailure ? null : result.Failure.Kind, step.CallFailure);
    }

    [Fact]
    public async Task A_rate_limit_status_from_the_http_stack_is_rate_limited_with_the_status_in_the_message()
    {
        var client = new ScriptedChatClient().Throw(new HttpRequestException("Too Many Requests", null, HttpStatusCode.TooManyRequests));

        var result = await new TwoStepPipeline(client).RunAsync(PipelineFixtures.TwoStepRequest(), TestContext.Current.CancellationToken);

        Assert.Equal(FailureClass.RateLimited, result.Failure?.Kind);
        Assert.Equal("HttpRequestException (HTTP 429): Too Many Requests", result.Failure?.Message);
        Assert.Equal(result.Failure?.Message, Assert.Single(result.Steps).CallFailureMessage);
    }

    [Fact]
    public async Task A_failed_call_message_never_carries_the_api_key()
    {
        var client = new ScriptedChatClient().Throw(new HttpRequestException("401: Incorrect API key provided: sk-proj-SECRET0123456789", null, HttpStatusCode.Unauthorized));

        var result = await new DirectPipeline(client).RunAsync(PipelineFixtures.DirectRequest(), TestContext.Current.CancellationToken);

        Assert.Equal(FailureClass.ProviderError, result.Failure?.Kind);
        Assert.DoesNotContain("SECRET0123456789", result.Failure?.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET0123456789", result.Steps[0].CallFailureMessage, StringComparison.Ordinal);
    }
}
