using McodeBench.Core.Diagnostics;
using McodeBench.Core.Library;

namespace McodeBench.Core.Tasks.Runs;

/// <summary>
/// Turns a run spec and the library entries it selected into benchmark tasks. Pure: the same inputs give the same
/// tasks in the same order with the same ids.
/// <para>
/// Order: repeat, then trial, then model, then prompt (two-step: each extraction prompt with each mapping prompt, in
/// selection order). Repeat-major means a run stopped half-way has whole repeats to compare; trial before model means
/// the first results already cover every model on the same trials, and consecutive tasks spread over models so
/// per-model concurrency limits do not serialise the queue.
/// </para>
/// </summary>
public static class MatrixExpansion
{
    /// <summary>Every problem of the spec and of what it selected; empty when the run can be expanded.</summary>
    public static IReadOnlyList<Diagnostic> Validate(RunSpec spec, ResolvedRun run)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return [.. spec.Validate(), .. ValidateSelection(spec, run)];
    }

    /// <summary>The problems of what the spec selected (prompt types, empty selections), not of the spec's own fields.</summary>
    public static IReadOnlyList<Diagnostic> ValidateSelection(RunSpec spec, ResolvedRun run)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(run);
        var problems = new List<Diagnostic>();
        for (var i = 0; i < run.Prompts.Count; i++)
        {
            var prompt = run.Prompts[i];
            if (!RunSelector.FitsPipeline(prompt.Type, spec.Pipeline))
            {
                var needed = spec.Pipeline == PipelineKind.TwoStep ? "Extraction and Mapping prompts" : "Direct prompts";
                problems.Add(RunSpecProblem.At("prompt_keys", $"Prompt '{prompt.Key}' is a {prompt.Type} prompt; a {spec.Pipeline} run takes {needed}."));
            }
        }

        if (spec.Pipeline == PipelineKind.TwoStep)
        {
            if (!run.Prompts.Any(p => p.Type == PromptType.Extraction))
            {
                problems.Add(RunSpecProblem.At("prompt_keys", "A two-step run needs at least one extraction prompt."));
            }

            if (!run.Prompts.Any(p => p.Type == PromptType.Mapping))
            {
                problems.Add(RunSpecProblem.At("prompt_keys", "A two-step run needs at least one mapping prompt."));
            }
        }
        else if (!run.Prompts.Any(p => p.Type == PromptType.Direct))
        {
            problems.Add(RunSpecProblem.At("prompt_keys", "A direct run needs at least one direct prompt."));
        }

        if (run.Models.Count == 0)
        {
            problems.Add(RunSpecProblem.At("model_keys", "The run selects no model."));
        }

        if (run.TrialIds.Count == 0)
        {
            problems.Add(RunSpecProblem.At("trial_ids", "The run selects no trial."));
        }

        var modelKeys = run.Models.Select(m => m.Key).ToList();
        foreach (var model in (spec.ModelConcurrency ?? new Dictionary<string, int>()).Keys.Where(k => !string.IsNullOrWhiteSpace(k)))
        {
            if (!modelKeys.Contains(model, StringComparer.OrdinalIgnoreCase))
            {
                var close = KeySelector.CloseMatches(model, modelKeys);
                problems.Add(RunSpecProblem.At($"model_concurrency.{model}", $"Model '{model}' is not in this run" + (close.Count > 0 ? $" (did you mean {string.Join(", ", close)}?)." : ".")));
            }
        }

        return problems;
    }

    /// <summary>The prompt combinations of the run: [direct] or [extraction, mapping] key lists, in expansion order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> PromptCombinations(PipelineKind pipeline, IReadOnlyList<PromptDefinition> prompts)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        if (pipeline == PipelineKind.Direct)
        {
            return prompts.Where(p => p.Type == PromptType.Direct).Select(p => (IReadOnlyList<string>)[p.Key]).ToList();
        }

        var mappings = prompts.Where(p => p.Type == PromptType.Mapping).ToList();
        return prompts.Where(p => p.Type == PromptType.Extraction)
            .SelectMany(e => mappings.Select(m => (IReadOnlyList<string>)[e.Key, m.Key]))
            .ToList();
    }

    /// <summary>The run's tasks, all Pending.</summary>
    /// <param name="runId">Prefix of every task id; task ids are <c>{runId}/r{repeat}/{trial}/{model}/{prompt[+mapping]}</c>.</param>
    /// <exception cref="InvalidRunSpecException">The spec or its selection has problems; all are listed.</exception>
    public static IReadOnlyList<BenchmarkTask> Expand(RunSpec spec, ResolvedRun run, string runId, DateTime createdUtc)
    {
        return [.. Enumerate(spec, run, runId, createdUtc)];
    }

    /// <summary>How many tasks <see cref="Expand"/> gives, without building them (in 64 bits: a spec may ask for more than an int holds).</summary>
    public static long Count(RunSpec spec, ResolvedRun run)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(run);
        return Math.Max(0L, spec.Repeats) * run.TrialIds.Count * run.Models.Count * PromptCombinations(spec.Pipeline, run.Prompts).Count;
    }

    /// <summary>
    /// The same tasks as <see cref="Expand"/>, in the same order, built one at a time as they are read, so a run of
    /// 100,000 tasks can be stored without holding them all. The spec is validated at once, not on the first read.
    /// </summary>
    /// <exception cref="InvalidRunSpecException">The spec or its selection has problems; all are listed.</exception>
    public static IEnumerable<BenchmarkTask> Enumerate(RunSpec spec, ResolvedRun run, string runId, DateTime createdUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var problems = Validate(spec, run);
        if (problems.Count > 0)
        {
            throw new InvalidRunSpecException(spec.Name, problems);
        }

        return Generate(spec, run, runId, createdUtc, PromptCombinations(spec.Pipeline, run.Prompts));
    }

    private static IEnumerable<BenchmarkTask> Generate(RunSpec spec, ResolvedRun run, string runId, DateTime createdUtc, IReadOnlyList<IReadOnlyList<string>> combinations)
    {
        var pipelineTag = spec.Pipeline == PipelineKind.TwoStep ? "two_step" : "direct";
        for (var repeat = 0; repeat < spec.Repeats; repeat++)
        {
            foreach (var trial in run.TrialIds)
            {
                foreach (var model in run.Models)
                {
                    foreach (var promptKeys in combinations)
                    {
                        var prompts = string.Join("+", promptKeys);
                        var name = $"{trial} · {model.Key} · {string.Join(" → ", promptKeys)}" + (spec.Repeats > 1 ? $" #{repeat + 1}" : string.Empty);
                        yield return new BenchmarkTask(
                            id: $"{runId}/r{repeat}/{trial}/{model.Key}/{prompts}",
                            name: name,
                            createdUtc: createdUtc,
                            runId: runId,
                            pipeline: spec.Pipeline,
                            promptKeys: promptKeys,
                            modelKey: model.Key,
                            trialId: trial,
                            repeatIndex: repeat,
                            priority: spec.Priority,
                            tags: [$"run:{runId}", $"model:{model.Key}", $"trial:{trial}", $"pipeline:{pipelineTag}"]);
                    }
                }
            }
        }
    }
}
