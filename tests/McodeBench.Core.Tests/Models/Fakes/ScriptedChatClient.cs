using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Models.Fakes;

/// <summary>
/// An inner client that plays a script: each call takes the next step (an exception to throw or a response to
/// return); the last step repeats. It records the options of every call.
/// </summary>
public sealed class ScriptedChatClient(params Func<ChatOptions?, CancellationToken, Task<ChatResponse>>[] steps) : IChatClient
{
    private readonly Lock gate = new();
    private readonly List<ChatOptions?> seenOptions = [];

    public int Calls
    {
        get
        {
            lock (gate)
            {
                return seenOptions.Count;
            }
        }
    }

    public IReadOnlyList<ChatOptions?> SeenOptions
    {
        get
        {
            lock (gate)
            {
                return [.. seenOptions];
            }
        }
    }

    public ChatClientMetadata Metadata { get; init; } = new("scripted", new Uri("http://scripted.test/v1"), "scripted-model");

    public static Func<ChatOptions?, CancellationToken, Task<ChatResponse>> Answer(
        string text, long inputTokens = 100, long outputTokens = 20, ChatFinishReason? finish = null) =>
        (_, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            FinishReason = finish ?? ChatFinishReason.Stop,
            ModelId = "scripted-model",
            Usage = new UsageDetails { InputTokenCount = inputTokens, OutputTokenCount = outputTokens, TotalTokenCount = inputTokens + outputTokens },
        });

    public static Func<ChatOptions?, CancellationToken, Task<ChatResponse>> Throw(Exception exception) =>
        (_, _) => Task.FromException<ChatResponse>(exception);

    public static Func<ChatOptions?, CancellationToken, Task<ChatResponse>> Hang() =>
        async (_, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        };

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        int index;
        lock (gate)
        {
            index = Math.Min(seenOptions.Count, steps.Length - 1);
            seenOptions.Add(options);
        }

        return steps[index](options, cancellationToken);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? Metadata
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }
}
