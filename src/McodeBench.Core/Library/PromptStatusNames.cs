namespace McodeBench.Core.Library;

/// <summary>Wire names of <see cref="PromptStatus"/> values as the prompt library file writes them.</summary>
public static class PromptStatusNames
{
    public static IReadOnlyList<string> All { get; } = ["draft", "experimental", "production", "deprecated"];

    public static string ToWireName(this PromptStatus status) => status switch
    {
        PromptStatus.Draft => "draft",
        PromptStatus.Experimental => "experimental",
        PromptStatus.Production => "production",
        PromptStatus.Deprecated => "deprecated",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown prompt status."),
    };

    public static PromptStatus? FromWireName(string? name) => name switch
    {
        "draft" => PromptStatus.Draft,
        "experimental" => PromptStatus.Experimental,
        "production" => PromptStatus.Production,
        "deprecated" => PromptStatus.Deprecated,
        _ => null,
    };
}
