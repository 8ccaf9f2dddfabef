using McodeBench.Core.Models;
using McodeBench.Core.Models.Retry;
using McodeBench.Core.Models.Timeouts;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Tests.Models.Fakes;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Models.Timeouts;

public sealed class CallTimeoutChatClientTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "Extract the entities.")];

    [Fact]
    public async Task ACallPastItsDeadlineIsATimeout()
    {
        var client = new CallTimeoutChatClient(new ScriptedChatClient(ScriptedChatClient.Hang()), TimeSpan.FromMilliseconds(50));

        var thrown = await Assert.ThrowsAsync<TimeoutException>(
            () => client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("0.05 s", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallerCancellationIsNotATimeout()
    {
        var client = new CallTimeoutChatClient(new ScriptedChatClient(ScriptedChatClient.Hang()), TimeSpan.FromMinutes(5));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(50));

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetResponseAsync(Prompt, cancellationToken: cancel.Token));

        Assert.True(cancel.IsCancellationRequested);
        Assert.IsNotType<TimeoutException>(thrown);
    }

    [Fact]
    public async Task AFastCallIsUntouched()
    {
        var client = new CallTimeoutChatClient(new ScriptedChatClient(ScriptedChatClient.Answer("ok")), TimeSpan.FromSeconds(30));

        var response = await client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("ok", response.Text);
    }

    [Fact]
    public async Task EachAttemptGetsItsOwnDeadlineAndTimeoutsAreRetried()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Hang(), ScriptedChatClient.Hang(), ScriptedChatClient.Answer("third time"));
        var client = new RetryingChatClient(
            new CallTimeoutChatClient(inner, TimeSpan.FromMilliseconds(50)),
            new RetryOptions { TimeProvider = new TestClock() });

        var response = await client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("third time", response.Text);
        Assert.Equal(3, response.AdditionalProperties![ChatOptionKeys.Attempts]);
    }

    [Fact]
    public async Task PersistentTimeoutsEndAsTimeoutFailure()
    {
        var client = new RetryingChatClient(
            new CallTimeoutChatClient(new ScriptedChatClient(ScriptedChatClient.Hang()), TimeSpan.FromMilliseconds(20)),
            new RetryOptions { MaxAttempts = 2, TimeProvider = new TestClock() });

        var thrown = await Assert.ThrowsAsync<ModelCallException>(
            () => client.GetResponseAsync(Prompt, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(FailureClass.Timeout, thrown.Failure);
        Assert.Equal(2, thrown.Attempts);
    }
}
