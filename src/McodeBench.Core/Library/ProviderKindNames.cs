namespace McodeBench.Core.Library;

/// <summary>Wire names of <see cref="ProviderKind"/> values as the model library file writes them.</summary>
public static class ProviderKindNames
{
    public static IReadOnlyList<string> All { get; } = ["openai-compatible", "anthropic", "ollama", "rules-baseline", "simulator"];

    public static string ToWireName(this ProviderKind provider) => provider switch
    {
        ProviderKind.OpenAICompatible => "openai-compatible",
        ProviderKind.Anthropic => "anthropic",
        ProviderKind.Ollama => "ollama",
        ProviderKind.RulesBaseline => "rules-baseline",
        ProviderKind.Simulator => "simulator",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider kind."),
    };

    public static ProviderKind? FromWireName(string? name) => name switch
    {
        "openai-compatible" => ProviderKind.OpenAICompatible,
        "anthropic" => ProviderKind.Anthropic,
        "ollama" => ProviderKind.Ollama,
        "rules-baseline" => ProviderKind.RulesBaseline,
        "simulator" => ProviderKind.Simulator,
        _ => null,
    };

    /// <summary>True when the provider is reached over HTTP and so needs an endpoint.</summary>
    public static bool IsNetworked(this ProviderKind provider) => provider != ProviderKind.RulesBaseline;
}
