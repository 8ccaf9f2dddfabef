using Microsoft.ML.Tokenizers;

namespace McodeBench.Core.Tasks.Estimation;

/// <summary>Exact counts with an OpenAI tiktoken encoding (data shipped in the Microsoft.ML.Tokenizers.Data packages).</summary>
public sealed class TiktokenTokenCounter : ITokenCounter
{
    private readonly Tokenizer tokenizer;

    private TiktokenTokenCounter(Tokenizer tokenizer, string method)
    {
        this.tokenizer = tokenizer;
        Method = method;
    }

    public string Method { get; }

    public bool IsExact => true;

    public int CountTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return tokenizer.CountTokens(text);
    }

    /// <summary>A counter for an encoding name such as <c>o200k_base</c> or <c>cl100k_base</c>, or null when unknown here.</summary>
    public static TiktokenTokenCounter? ForEncoding(string encoding)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(encoding);
        return Create(() => TiktokenTokenizer.CreateForEncoding(encoding.Trim()), $"tiktoken {encoding.Trim()}");
    }

    /// <summary>A counter for an OpenAI model id such as <c>gpt-4o-mini</c>, or null when the id is not a known OpenAI model.</summary>
    public static TiktokenTokenCounter? ForModel(string modelId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        return Create(() => TiktokenTokenizer.CreateForModel(modelId.Trim()), $"tiktoken for model {modelId.Trim()}");
    }

    private static TiktokenTokenCounter? Create(Func<Tokenizer> create, string method)
    {
        try
        {
            return new TiktokenTokenCounter(create(), method);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or InvalidOperationException or FileNotFoundException)
        {
            // Unknown names, and encodings whose data package McodeBench does not ship, fall back to the approximation.
            return null;
        }
    }
}
