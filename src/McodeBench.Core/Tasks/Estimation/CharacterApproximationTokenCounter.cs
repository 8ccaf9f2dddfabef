namespace McodeBench.Core.Tasks.Estimation;

/// <summary>
/// ceil(characters / N) tokens, N = 4 by default: OpenAI's rule of thumb for English text. Used for models whose
/// tokenizer McodeBench does not have (Anthropic, local models); a rough estimate, labelled as such.
/// </summary>
public sealed class CharacterApproximationTokenCounter : ITokenCounter
{
    public CharacterApproximationTokenCounter(int charactersPerToken = 4, string? note = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(charactersPerToken, 1);
        CharactersPerToken = charactersPerToken;
        Method = $"approximation: ceil(chars / {charactersPerToken})" + (string.IsNullOrWhiteSpace(note) ? string.Empty : $" ({note})");
    }

    public int CharactersPerToken { get; }

    public string Method { get; }

    public bool IsExact => false;

    public int CountTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (text.Length + CharactersPerToken - 1) / CharactersPerToken;
    }
}
