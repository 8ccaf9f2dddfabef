using McodeBench.Core.Library;
using McodeBench.Core.Models;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Pipelines;

/// <summary>Builds the <see cref="ChatOptions"/> of one call from a model's generation parameters.</summary>
public static class PipelineChatOptions
{
    /// <summary>
    /// A fresh options object per call (middleware may change it). JSON mode becomes <see cref="ChatResponseFormat.Json"/>;
    /// the repeat index travels in <see cref="ChatOptions.AdditionalProperties"/> so the response cache keys on it.
    /// </summary>
    public static ChatOptions Create(GenerationParameters parameters, int repeatIndex, string? modelId = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new ChatOptions
        {
            ModelId = modelId,
            Temperature = parameters.Temperature,
            MaxOutputTokens = parameters.MaxOutputTokens,
            TopP = parameters.TopP,
            Seed = parameters.Seed,
            ResponseFormat = parameters.JsonMode ? ChatResponseFormat.Json : null,
            AdditionalProperties = new AdditionalPropertiesDictionary { [ChatOptionKeys.RepeatIndex] = repeatIndex },
        };
    }
}
