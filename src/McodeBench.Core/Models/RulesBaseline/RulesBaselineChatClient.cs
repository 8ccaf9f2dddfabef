using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// The embedded default model: the rules baseline behind <see cref="IChatClient"/>, so pipelines run it like any other
/// model, offline and deterministically. It reads the last user message (see <see cref="PromptPayload"/>): with an
/// entities_json block it answers a mapping (<c>{"mcode_mappings":[...]}</c>), otherwise an extraction with mappings
/// (<c>{"entities":[...],"mcode_mappings":[...]}</c>), which serves both extraction and direct prompts. Token counts are
/// <see cref="TokenEstimate"/> approximations.
/// </summary>
public sealed class RulesBaselineChatClient : IChatClient
{
    public const string ModelId = "rules-baseline";
    public const string ProviderName = "mcodebench";

    private readonly RulesExtractor extractor;
    private readonly EntityMapper mapper;
    private readonly ChatClientMetadata metadata = new(ProviderName, null, ModelId);

    public RulesBaselineChatClient()
        : this(new RulesExtractor())
    {
    }

    public RulesBaselineChatClient(RulesExtractor extractor)
    {
        this.extractor = extractor ?? throw new ArgumentNullException(nameof(extractor));
        mapper = new EntityMapper(extractor);
    }

    /// <summary>The answer the baseline gives to one user message (the JSON text of the response).</summary>
    public string Answer(string userMessage)
    {
        ArgumentNullException.ThrowIfNull(userMessage);
        var payload = PromptPayload.Locate(userMessage);
        return payload.EntitiesJson is { } entitiesJson
            ? RulesResponseJson.Mapping(mapper.Map(EntityMapper.ParseEntities(entitiesJson)))
            : RulesResponseJson.Extraction(extractor.Extract(payload.ClinicalText));
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        var history = messages.ToList();
        var answer = Answer(LastUserText(history));
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, answer))
        {
            ModelId = ModelId,
            FinishReason = ChatFinishReason.Stop,
            Usage = Usage(history, answer),
        };
        return Task.FromResult(response);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        var update = new ChatResponseUpdate(ChatRole.Assistant, response.Text)
        {
            ModelId = ModelId,
            FinishReason = ChatFinishReason.Stop,
        };
        update.Contents.Add(new UsageContent(response.Usage!));
        yield return update;
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // Nothing to release: the baseline holds only compiled patterns.
    }

    private static string LastUserText(IReadOnlyList<ChatMessage> messages) =>
        messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? string.Empty;

    private static UsageDetails Usage(IReadOnlyList<ChatMessage> messages, string answer)
    {
        var input = messages.Sum(m => TokenEstimate.Of(m.Text));
        var output = TokenEstimate.Of(answer);
        return new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output };
    }
}
