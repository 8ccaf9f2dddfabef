namespace McodeBench.Core.Tasks.Estimation;

/// <summary>Counts the tokens of a text the way one model family would, or approximates it.</summary>
public interface ITokenCounter
{
    /// <summary>How counts are made, shown beside every estimate (e.g. <c>tiktoken o200k_base</c>, <c>approximation: ceil(chars / 4)</c>).</summary>
    string Method { get; }

    /// <summary>True when the count comes from the model's real tokenizer.</summary>
    bool IsExact { get; }

    int CountTokens(string text);
}
