using McodeBench.Core.Models;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Pipelines;

/// <summary>
/// A fake model: answers each call with the next scripted reply (or exception) and records what it was sent.
/// Running out of script fails the test, so a pipeline that calls more often than expected cannot pass.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly Queue<Func<ChatOptions?, CancellationToken, ChatResponse>> script = new();

    public List<RecordedChatCall> Calls { get; } = [];

    public ScriptedChatClient Reply(string text, ChatFinishReason? finishReason = null, UsageDetails? usage = null, CallUsage? callUsage = null, Action? during = null)
    {
        script.Enqueue((_, _) =>
        {
            during?.Invoke();
            var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
            {
                FinishReason = finishReason ?? ChatFinishReason.Stop,
                Usage = usage,
                ModelId = "scripted-model",
            };
            if (callUsage is not null)
            {
                response.AdditionalProperties = new AdditionalPropertiesDictionary { [ChatOptionKeys.CallUsage] = callUsage };
            }

            return response;
        });
        return this;
    }

    public ScriptedChatClient Throw(Exception exception) => Then((_, _) => throw exception);

    public ScriptedChatClient Then(Func<ChatOptions?, CancellationToken, ChatResponse> step)
    {
        script.Enqueue(step);
        return this;
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedChatCall(messages.ToList(), options));
        Assert.True(script.Count > 0, $"The pipeline made call {Calls.Count}, but only {Calls.Count - 1} replies were scripted.");
        return Task.FromResult(script.Dequeue()(options, cancellationToken));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Pipelines do not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
