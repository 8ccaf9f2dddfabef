using System.Collections.ObjectModel;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Library;

namespace McodeBench.Core.Tasks.Runs;

/// <summary>
/// What a user asks to benchmark: prompts × models × trials × repeats. Prompt keys, model keys and trial ids are
/// selectors: an exact key, a glob (<c>*</c>, <c>?</c>) or <c>tag:name</c>; <see cref="RunSelector"/> resolves them
/// against the libraries and <see cref="MatrixExpansion"/> turns the result into tasks.
/// </summary>
public sealed record RunSpec
{
    public const string TagPrefix = "tag:";

    /// <summary>
    /// The most tasks a run (or one model within it) may run at once. A bound, not a target: far above what any
    /// provider or machine serves, low enough that a typo (<c>concurrency: 2147483647</c>) cannot size the scheduler.
    /// </summary>
    public const int MaxConcurrency = 1_000;

    public required string Name { get; init; }

    /// <summary>Prompt selectors. Two-step runs need at least one extraction and one mapping prompt; direct runs direct prompts.</summary>
    public required IReadOnlyList<string> PromptKeys { get; init; }

    public required IReadOnlyList<string> ModelKeys { get; init; }

    public required IReadOnlyList<string> TrialIds { get; init; }

    public PipelineKind Pipeline { get; init; } = PipelineKind.TwoStep;

    /// <summary>How many times each (prompt, model, trial) cell runs; at least 1.</summary>
    public int Repeats { get; init; } = 1;

    public TaskPriority Priority { get; init; } = TaskPriority.Normal;

    /// <summary>Tasks of this run that may execute at once, over all models; at least 1.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>Per-model limits (by model key) that replace the model library's <see cref="ModelDefinition.MaxConcurrency"/> for this run.</summary>
    public IReadOnlyDictionary<string, int> ModelConcurrency { get; init; } = ReadOnlyDictionary<string, int>.Empty;

    public RankingMetric Ranking { get; init; } = RankingMetric.Default;

    /// <summary>How many top combinations the leaderboard highlights; null for all.</summary>
    public int? TopN { get; init; }

    /// <summary>Every problem of the spec on its own (before the libraries are consulted); empty when valid.</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var problems = new List<Diagnostic>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add(RunSpecProblem.At("name", "A run needs a name."));
        }

        CheckSelectors(problems, "prompt_keys", PromptKeys, "prompt");
        CheckSelectors(problems, "model_keys", ModelKeys, "model");
        CheckSelectors(problems, "trial_ids", TrialIds, "trial");
        if (Pipeline == PipelineKind.TwoStep && PromptKeys is { Count: 1 } && !KeySelector.IsPattern(PromptKeys[0]))
        {
            problems.Add(RunSpecProblem.At("prompt_keys", $"A two-step run needs an extraction and a mapping prompt; only '{PromptKeys[0]}' is given."));
        }

        if (Repeats < 1)
        {
            problems.Add(RunSpecProblem.At("repeats", $"Repeats must be at least 1, got {Repeats}."));
        }

        if (Concurrency is < 1 or > MaxConcurrency)
        {
            problems.Add(RunSpecProblem.At("concurrency", $"Concurrency must be from 1 to {MaxConcurrency:#,0}, got {Concurrency:#,0}."));
        }

        foreach (var (model, limit) in ModelConcurrency ?? ReadOnlyDictionary<string, int>.Empty)
        {
            if (string.IsNullOrWhiteSpace(model))
            {
                problems.Add(RunSpecProblem.At("model_concurrency", "A per-model concurrency limit has an empty model key."));
            }
            else if (limit is < 1 or > MaxConcurrency)
            {
                problems.Add(RunSpecProblem.At($"model_concurrency.{model}", $"Concurrency must be from 1 to {MaxConcurrency:#,0}, got {limit:#,0}."));
            }
        }

        if (TopN is < 1)
        {
            problems.Add(RunSpecProblem.At("top_n", $"Top N must be at least 1 (or left out for all), got {TopN}."));
        }

        problems.AddRange((Ranking ?? RankingMetric.Default).Validate());
        return problems;
    }

    private static void CheckSelectors(List<Diagnostic> problems, string path, IReadOnlyList<string>? selectors, string what)
    {
        if (selectors is null || selectors.Count == 0)
        {
            problems.Add(RunSpecProblem.At(path, $"Select at least one {what} (a key, a glob such as 'gpt-*', or 'tag:name')."));
            return;
        }

        for (var i = 0; i < selectors.Count; i++)
        {
            var selector = selectors[i];
            if (string.IsNullOrWhiteSpace(selector))
            {
                problems.Add(RunSpecProblem.At($"{path}[{i}]", $"Empty {what} selector."));
            }
            else if (selector.StartsWith(TagPrefix, StringComparison.OrdinalIgnoreCase) && selector.Length == TagPrefix.Length)
            {
                problems.Add(RunSpecProblem.At($"{path}[{i}]", $"'{selector}' names no tag; write tag:<name>."));
            }
        }
    }
}
