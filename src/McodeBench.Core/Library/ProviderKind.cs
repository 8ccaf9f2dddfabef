namespace McodeBench.Core.Library;

/// <summary>How McodeBench talks to a model.</summary>
public enum ProviderKind
{
    /// <summary>Any OpenAI-compatible chat-completions endpoint (OpenAI, DeepSeek, vLLM, llama.cpp, LM Studio, the simulator).</summary>
    OpenAICompatible,

    /// <summary>Anthropic's Messages API.</summary>
    Anthropic,

    /// <summary>An Ollama server's native API.</summary>
    Ollama,

    /// <summary>The built-in deterministic rules baseline; no network, no key.</summary>
    RulesBaseline,

    /// <summary>An OpenAI-compatible endpoint served by McodeBench's own simulator; results are labelled simulated.</summary>
    Simulator,
}
