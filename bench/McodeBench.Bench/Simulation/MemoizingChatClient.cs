using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace McodeBench.Bench.Simulation;

/// <summary>
/// The simulator's inner model for load tests: the rules baseline, remembered per last user message (all it reads).
/// The baseline is deterministic, so answers are unchanged; only its ~2 ms of rule matching per call is paid once per
/// distinct prompt instead of per request, because that is the simulated model's thinking time, not the engine's cost.
/// </summary>
internal sealed class MemoizingChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    private readonly ConcurrentDictionary<string, Task<ChatResponse>> answers = new(StringComparer.Ordinal);

    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var history = messages.ToList();
        var key = history.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? string.Empty;
        return answers.GetOrAdd(key, _ => base.GetResponseAsync(history, options, CancellationToken.None));
    }
}
