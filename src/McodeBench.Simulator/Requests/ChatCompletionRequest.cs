using Microsoft.Extensions.AI;

namespace McodeBench.Simulator.Requests;

/// <summary>One <c>POST /v1/chat/completions</c> body, read into Microsoft.Extensions.AI terms.</summary>
/// <param name="BodyHash">SHA-256 (hex) of the body without its streaming fields: the request's identity for seeding.</param>
internal sealed record ChatCompletionRequest(
    string Model,
    IReadOnlyList<ChatMessage> Messages,
    ChatOptions Options,
    bool Stream,
    bool IncludeUsage,
    string BodyHash);
