using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;

namespace McodeBench.Simulator.Tokens;

/// <summary>
/// Counts tokens the way the simulator reports usage: o200k_base (the GPT-4o tokenizer, shipped in a package, no
/// download) over each message's text, plus OpenAI's chat framing of 3 tokens per message and 3 for the reply.
/// </summary>
internal sealed class TokenCounter
{
    private const int PerMessage = 3;
    private const int ReplyPriming = 3;
    private readonly Tokenizer tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");

    public int Count(string text) => string.IsNullOrEmpty(text) ? 0 : tokenizer.CountTokens(text);

    public int CountPrompt(IEnumerable<ChatMessage> messages) =>
        messages.Sum(message => Count(message.Text) + PerMessage) + ReplyPriming;
}
