using McodeBench.Core.Library;

namespace McodeBench.Core.Tests.Tasks;

internal static class TaskFixtures
{
    public static readonly DateTime Created = new(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    public static PromptDefinition Prompt(string key, PromptType type, string template = "{clinical_text}", params string[] tags) =>
        new(key, type, template, key + ".txt", "1.0", string.Empty, tags, PromptStatus.Production, IsDefault: false);

    public static ModelDefinition Model(
        string key,
        string? modelId = null,
        string? tokenizer = null,
        ModelPricing? pricing = null,
        ProviderKind provider = ProviderKind.OpenAICompatible,
        int? maxOutputTokens = 4096,
        params string[] tags) =>
        new(key, provider, "http://localhost", modelId ?? key, null, new GenerationParameters(MaxOutputTokens: maxOutputTokens), pricing ?? ModelPricing.Free,
            null, 2, TimeSpan.FromMinutes(1), tags, tokenizer);
}
