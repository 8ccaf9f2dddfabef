using McodeBench.Core.Library;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Pipelines;

/// <summary>One pipeline run's input: the trial, the prompt(s) and the generation settings of one task.</summary>
/// <param name="Trial">The assembled trial text, inserted as <c>{clinical_text}</c>.</param>
/// <param name="TrialContext">A short description of the trial, inserted as <c>{trial_context}</c> (see <see cref="TrialContextText"/>).</param>
/// <param name="Prompt">The extraction prompt (two-step) or the direct prompt.</param>
/// <param name="MappingPrompt">The mapping prompt of the two-step pipeline; null for direct.</param>
/// <param name="Parameters">The model's generation parameters (become the <c>ChatOptions</c> of every call).</param>
/// <param name="RepeatIndex">Which repeat of the task this is; sent as <see cref="Models.ChatOptionKeys.RepeatIndex"/>.</param>
/// <param name="ModelId">The provider's model id, when the client serves several.</param>
public sealed record PipelineRequest(
    TrialText Trial,
    string TrialContext,
    PromptDefinition Prompt,
    PromptDefinition? MappingPrompt,
    GenerationParameters Parameters,
    int RepeatIndex = 0,
    string? ModelId = null);
