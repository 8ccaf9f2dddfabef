using McodeBench.Core.Library;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tasks.Runs;

/// <summary>Resolves a run spec's prompt, model and trial selectors against the libraries.</summary>
public static class RunSelector
{
    /// <summary>The prompts, models and trial ids the spec selects.</summary>
    /// <param name="trials">Trial ids with their tags (a trial's text is not needed to select it).</param>
    /// <exception cref="UnknownSelectionException">Some selectors match nothing; all of them are named, with close matches.</exception>
    public static ResolvedRun Resolve(
        RunSpec spec,
        IReadOnlyList<PromptDefinition> prompts,
        IReadOnlyList<ModelDefinition> models,
        IReadOnlyList<(string Id, IReadOnlyList<string> Tags)> trials)
    {
        var (resolved, unknown) = Select(spec, prompts, models, trials);
        return unknown.Count > 0 ? throw new UnknownSelectionException(unknown) : resolved;
    }

    /// <summary>
    /// What each selector picks and which selectors pick nothing, without throwing: the selection holds what did
    /// resolve, so a caller can still check the other fields and report every problem at once.
    /// </summary>
    public static (ResolvedRun Selected, IReadOnlyList<UnknownSelector> Unknown) Select(
        RunSpec spec,
        IReadOnlyList<PromptDefinition> prompts,
        IReadOnlyList<ModelDefinition> models,
        IReadOnlyList<(string Id, IReadOnlyList<string> Tags)> trials)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(trials);
        var (selectedPrompts, unknownPrompts) = KeySelector.Select(
            spec.PromptKeys ?? [], prompts, p => p.Key, p => p.Tags, "prompt", p => FitsPipeline(p.Type, spec.Pipeline));
        var (selectedModels, unknownModels) = KeySelector.Select(spec.ModelKeys ?? [], models, m => m.Key, m => m.Tags, "model");
        var (selectedTrials, unknownTrials) = KeySelector.Select(spec.TrialIds ?? [], trials, t => t.Id, t => t.Tags, "trial");
        var unknown = unknownPrompts.Concat(unknownModels).Concat(unknownTrials).ToList();
        return (new ResolvedRun(selectedPrompts, selectedModels, selectedTrials.Select(t => t.Id).ToList()), unknown);
    }

    /// <summary>Convenience overload for loaded trials.</summary>
    public static ResolvedRun Resolve(RunSpec spec, IReadOnlyList<PromptDefinition> prompts, IReadOnlyList<ModelDefinition> models, IReadOnlyList<Trial> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        return Resolve(spec, prompts, models, trials.Select(t => (t.Id, t.Tags)).ToList());
    }

    /// <summary>True when a prompt of <paramref name="type"/> has a role in a <paramref name="pipeline"/> run.</summary>
    public static bool FitsPipeline(PromptType type, PipelineKind pipeline) => pipeline switch
    {
        PipelineKind.TwoStep => type is PromptType.Extraction or PromptType.Mapping,
        PipelineKind.Direct => type == PromptType.Direct,
        _ => false,
    };
}
