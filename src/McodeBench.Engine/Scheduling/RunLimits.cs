using System.Collections.Frozen;
using System.Collections.ObjectModel;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Engine.Scheduling;

/// <summary>
/// Limits one run puts on its own tasks. Per-model values replace the model library's for this run's tasks; they are
/// still compared with the model's calls in flight over all runs, because the provider counts them all.
/// </summary>
public sealed record RunLimits
{
    public static RunLimits None { get; } = new();

    /// <summary>Tasks of the run in flight at once, over all models; null for no run limit (the global limit still holds).</summary>
    public int? Concurrency { get; init; }

    /// <summary>By model key (case-insensitive): replaces <see cref="ModelLimits.MaxConcurrency"/> for this run's tasks.</summary>
    public IReadOnlyDictionary<string, int> ModelConcurrency { get; init; } = ReadOnlyDictionary<string, int>.Empty;

    /// <summary>By model key (case-insensitive): replaces <see cref="ModelLimits.RequestsPerMinute"/> for this run's tasks.</summary>
    public IReadOnlyDictionary<string, int> ModelRequestsPerMinute { get; init; } = ReadOnlyDictionary<string, int>.Empty;

    public static RunLimits FromSpec(RunSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new RunLimits { Concurrency = spec.Concurrency, ModelConcurrency = spec.ModelConcurrency };
    }

    internal RunLimits Normalised(string runId, string parameterName)
    {
        if (Concurrency is < 1)
        {
            throw new ArgumentException($"Run '{runId}': concurrency must be at least 1 (or null for no run limit), got {Concurrency}.", parameterName);
        }

        return this with
        {
            ModelConcurrency = Check(runId, "model concurrency", ModelConcurrency, parameterName),
            ModelRequestsPerMinute = Check(runId, "model requests per minute", ModelRequestsPerMinute, parameterName),
        };
    }

    private static FrozenDictionary<string, int> Check(string runId, string what, IReadOnlyDictionary<string, int>? values, string parameterName)
    {
        var checkedValues = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (model, value) in values ?? ReadOnlyDictionary<string, int>.Empty)
        {
            if (string.IsNullOrWhiteSpace(model) || value < 1)
            {
                throw new ArgumentException($"Run '{runId}': {what} needs a model key and a value of at least 1, got '{model}' = {value}.", parameterName);
            }

            if (!checkedValues.TryAdd(model, value))
            {
                throw new ArgumentException($"Run '{runId}': {what} names model '{model}' twice (keys are case-insensitive).", parameterName);
            }
        }

        return checkedValues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
