using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Pipelines;

/// <summary>What a pipeline sent in one call to <see cref="ScriptedChatClient"/>.</summary>
public sealed record RecordedChatCall(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)
{
    /// <summary>The text of the single user message a pipeline sends.</summary>
    public string Prompt => Assert.Single(Messages).Text;
}
