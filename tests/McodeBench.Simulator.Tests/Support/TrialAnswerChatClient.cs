using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace McodeBench.Simulator.Tests.Support;

/// <summary>
/// The simulator's inner model in tests: answers every prompt with the same well-formed extraction of
/// <see cref="ClinicalText"/> (as the rules baseline would), and counts its calls.
/// </summary>
public sealed class TrialAnswerChatClient : IChatClient
{
    public const string ClinicalText =
        "Inclusion Criteria: Histologically confirmed HER2-positive metastatic breast cancer. " +
        "ECOG performance status 0 or 1. Prior treatment with trastuzumab is allowed.";

    /// <summary>The answer, compact (as models usually send it).</summary>
    public static readonly string Answer = JsonNode.Parse(
        """
        {
          "entities": [
            { "id": "e1", "text": "HER2-positive", "type": "biomarker", "criterion": "inclusion", "negated": false },
            { "id": "e2", "text": "metastatic breast cancer", "type": "condition", "criterion": "inclusion", "negated": false },
            { "id": "e3", "text": "ECOG performance status 0 or 1", "type": "performance_status", "criterion": "inclusion", "negated": false },
            { "id": "e4", "text": "trastuzumab", "type": "medication", "criterion": "inclusion", "negated": false }
          ],
          "mcode_mappings": [
            { "element": "TumorMarkerTest", "value": "HER2 positive", "entity_id": "e1", "source_text": "HER2-positive" },
            { "element": "PrimaryCancerCondition", "value": "Breast cancer", "entity_id": "e2", "source_text": "metastatic breast cancer" }
          ]
        }
        """)!.ToJsonString();

    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public static string Prompt(string instruction = "Extract the oncology entities as JSON.") =>
        $"{instruction}\n<clinical_text>\n{ClinicalText}\n</clinical_text>";

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref calls);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Answer)) { FinishReason = ChatFinishReason.Stop });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
