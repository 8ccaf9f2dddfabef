namespace McodeBench.Core.Library;

/// <summary>Default generation parameters of a model; every one of them is part of the response-cache key.</summary>
public sealed record GenerationParameters(
    float? Temperature = 0f,
    int? MaxOutputTokens = 4096,
    bool JsonMode = true,
    long? Seed = null,
    float? TopP = null);
