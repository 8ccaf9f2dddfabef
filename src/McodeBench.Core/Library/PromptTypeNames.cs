namespace McodeBench.Core.Library;

/// <summary>Wire names of <see cref="PromptType"/> values as the prompt library file writes them.</summary>
public static class PromptTypeNames
{
    public static IReadOnlyList<string> All { get; } = ["extraction", "mapping", "direct"];

    public static string ToWireName(this PromptType type) => type switch
    {
        PromptType.Extraction => "extraction",
        PromptType.Mapping => "mapping",
        PromptType.Direct => "direct",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown prompt type."),
    };

    public static PromptType? FromWireName(string? name) => name switch
    {
        "extraction" => PromptType.Extraction,
        "mapping" => PromptType.Mapping,
        "direct" => PromptType.Direct,
        _ => null,
    };
}
