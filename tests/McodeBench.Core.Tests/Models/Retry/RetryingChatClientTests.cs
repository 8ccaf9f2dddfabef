using System.Net;
using System.Net.Sockets;
using McodeBench.Core.Models;
using McodeBench.Core.Models.Retry;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Tests.Models.Fakes;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Models.Retry;

public sealed class RetryingChatClientTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "Extract the entities.")];

    private static (RetryingChatClient Client, TestClock Clock) Create(ScriptedChatClient inner, int maxAttempts = 4)
    {
        var clock = new TestClock();
        var options = new RetryOptions
        {
            MaxAttempts = maxAttempts,
            BaseDelay = TimeSpan.FromSeconds(1),
            MaxDelay = TimeSpan.FromSeconds(30),
            TimeProvider = clock,
        };
        return (new RetryingChatClient(inner, options), clock);
    }

    [Fact]
    public async Task RateLimitWithRetryAfterSecondsWaitsExactlyThatLong()
    {
        var inner = new ScriptedChatClient(
            ScriptedChatClient.Throw(FakePipelineResponse.Exception(429, ("Retry-After", "7"))),
            ScriptedChatClient.Answer("{}"));
        var (client, clock) = Create(inner);

        var response = await client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("{}", response.Text);
        Assert.Equal([TimeSpan.FromSeconds(7)], clock.Delays);
        Assert.Equal(2, response.AdditionalProperties![ChatOptionKeys.Attempts]);
    }

    [Fact]
    public async Task RetryAfterAsHttpDateWaitsUntilThatDate()
    {
        var clock = new TestClock();
        var date = clock.GetUtcNow().AddSeconds(30).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        var inner = new ScriptedChatClient(
            ScriptedChatClient.Throw(FakePipelineResponse.Exception(503, ("Retry-After", date))),
            ScriptedChatClient.Answer("{}"));
        var client = new RetryingChatClient(inner, new RetryOptions { TimeProvider = clock });

        await client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([TimeSpan.FromSeconds(30)], clock.Delays);
    }

    [Fact]
    public async Task RetryAfterCarriedByHttpRequestExceptionIsHonoured()
    {
        var rateLimited = new HttpRequestException("slow down", null, HttpStatusCode.TooManyRequests);
        rateLimited.Data[RetryAfterValue.HeaderName] = "3";
        var inner = new ScriptedChatClient(ScriptedChatClient.Throw(rateLimited), ScriptedChatClient.Answer("{}"));
        var (client, clock) = Create(inner);

        await client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([TimeSpan.FromSeconds(3)], clock.Delays);
    }

    [Fact]
    public async Task EachRetried429IsReportedWithItsRetryAfterAndOtherFailuresAreNot()
    {
        var inner = new ScriptedChatClient(
            ScriptedChatClient.Throw(FakePipelineResponse.Exception(429, ("Retry-After", "3"))),
            ScriptedChatClient.Throw(FakePipelineResponse.Exception(500)),
            ScriptedChatClient.Throw(FakePipelineResponse.Exception(429)),
            ScriptedChatClient.Answer("{}"));
        var reported = new List<TimeSpan?>();
        var clock = new TestClock();
        var client = new RetryingChatClient(inner, new RetryOptions { MaxAttempts = 4, TimeProvider = clock, OnRateLimitedRetry = reported.Add });

        await client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([TimeSpan.FromSeconds(3), null], reported);
    }

    [Fact]
    public async Task ServerErrorsAreRetriedWithJitteredExponentialBackoffUntilSuccess()
    {
        var inner = new ScriptedChatClient(
            ScriptedChatClient.Throw(FakePipelineResponse.Exception(500)),
            ScriptedChatClient.Throw(FakePipelineResponse.Exception(502)),
            ScriptedChatClient.Answer("{\"entities\":[]}"));
        var (client, clock) = Create(inner);

        var response = await client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("{\"entities\":[]}", response.Text);
        Assert.Equal(3, inner.Calls);
        Assert.Equal(3, response.AdditionalProperties![ChatOptionKeys.Attempts]);
        Assert.Equal(2, clock.Delays.Count);
        Assert.InRange(clock.Delays[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(clock.Delays[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task BadRequestFailsAtOnceAsProviderError()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Throw(FakePipelineResponse.Exception(400)), ScriptedChatClient.Answer("{}"));
        var (client, clock) = Create(inner);

        var failure = await Assert.ThrowsAsync<ModelCallException>(
            () => client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(FailureClass.ProviderError, failure.Failure);
        Assert.Equal(400, failure.StatusCode);
        Assert.Equal(1, failure.Attempts);
        Assert.Equal(1, inner.Calls);
        Assert.Empty(clock.Delays);
    }

    public static TheoryData<string, FailureClass> PersistentFailures => new()
    {
        { "429", FailureClass.RateLimited },
        { "503", FailureClass.ProviderError },
        { "408", FailureClass.Timeout },
        { "timeout", FailureClass.Timeout },
        { "transport", FailureClass.ProviderError },
    };

    [Theory]
    [MemberData(nameof(PersistentFailures))]
    public async Task GivingUpReportsTheFailureClassAndEveryAttempt(string kind, FailureClass expected)
    {
        Exception failure = kind switch
        {
            "429" => FakePipelineResponse.Exception(429),
            "503" => FakePipelineResponse.Exception(503),
            "408" => FakePipelineResponse.Exception(408),
            "timeout" => new TimeoutException("deadline"),
            _ => new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)),
        };
        var inner = new ScriptedChatClient(ScriptedChatClient.Throw(failure));
        var (client, clock) = Create(inner, maxAttempts: 3);

        var thrown = await Assert.ThrowsAsync<ModelCallException>(
            () => client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(expected, thrown.Failure);
        Assert.Equal(3, thrown.Attempts);
        Assert.Equal(3, inner.Calls);
        Assert.Equal(2, clock.Delays.Count);
        Assert.Contains("gave up after 3 attempts", thrown.Message, StringComparison.Ordinal);
        if (kind == "transport")
        {
            Assert.Contains("http://scripted.test/v1 could not be reached", thrown.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RetryAfterLongerThanAllowedEndsTheCallAtOnce()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Throw(FakePipelineResponse.Exception(429, ("Retry-After", "3600"))));
        var (client, clock) = Create(inner);

        var thrown = await Assert.ThrowsAsync<ModelCallException>(
            () => client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(FailureClass.RateLimited, thrown.Failure);
        Assert.Equal(1, thrown.Attempts);
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task CallerCancellationStaysACancellation()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Hang());
        var (client, _) = Create(inner);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(50));

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetResponseAsync(Prompt, cancellationToken: cancel.Token));

        Assert.IsNotType<ModelCallException>(thrown);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task StreamFailingBeforeItsFirstUpdateIsRetried()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Throw(FakePipelineResponse.Exception(500)), ScriptedChatClient.Answer("streamed answer"));
        var (client, clock) = Create(inner);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken))
        {
            updates.Add(update);
        }

        Assert.Equal("streamed answer", updates.ToChatResponse().Text);
        Assert.Equal(2, updates[0].AdditionalProperties![ChatOptionKeys.Attempts]);
        Assert.Single(clock.Delays);
    }
}
