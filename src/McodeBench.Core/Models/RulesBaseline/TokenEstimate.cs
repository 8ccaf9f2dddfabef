namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// The token counts the baseline reports: one token per four characters, rounded up, the usual rule of thumb for
/// English text with BPE tokenizers. The baseline calls no model, so these numbers only let its runs be shown beside
/// real models' with comparable orders of magnitude; they are not billed.
/// </summary>
public static class TokenEstimate
{
    public const int CharactersPerToken = 4;

    public static long Of(string? text) => string.IsNullOrEmpty(text) ? 0 : (text.Length + CharactersPerToken - 1) / CharactersPerToken;
}
