using McodeBench.Core.Pipelines;
using McodeBench.Core.Models;

namespace McodeBench.Core.Tasks;

/// <summary>
/// One cell of a benchmark run: one trial through one pipeline (prompt or prompt pair) on one model, one repeat.
/// </summary>
public sealed class BenchmarkTask : TrackedTask
{
    /// <param name="promptKeys">One direct prompt key, or the extraction key then the mapping key for two-step.</param>
    public BenchmarkTask(
        string id,
        string name,
        DateTime createdUtc,
        string runId,
        PipelineKind pipeline,
        IReadOnlyList<string> promptKeys,
        string modelKey,
        string trialId,
        int repeatIndex,
        TaskPriority priority = TaskPriority.Normal,
        string description = "",
        IEnumerable<string>? tags = null)
        : base(id, name, createdUtc, priority, description, tags)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentNullException.ThrowIfNull(promptKeys);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(trialId);
        ArgumentOutOfRangeException.ThrowIfNegative(repeatIndex);
        var expected = pipeline == PipelineKind.TwoStep ? 2 : 1;
        if (promptKeys.Count != expected || promptKeys.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"A {pipeline} task needs {expected} prompt key(s) ({(expected == 2 ? "extraction, mapping" : "direct")}), got [{string.Join(", ", promptKeys)}].", nameof(promptKeys));
        }

        RunId = runId;
        Pipeline = pipeline;
        PromptKeys = promptKeys.ToList().AsReadOnly();
        ModelKey = modelKey;
        TrialId = trialId;
        RepeatIndex = repeatIndex;
    }

    public string RunId { get; }

    public PipelineKind Pipeline { get; }

    /// <summary>One direct prompt key, or [extraction, mapping] for two-step.</summary>
    public IReadOnlyList<string> PromptKeys { get; }

    /// <summary>The extraction prompt of a two-step task; null for direct.</summary>
    public string? ExtractionPromptKey => Pipeline == PipelineKind.TwoStep ? PromptKeys[0] : null;

    /// <summary>The mapping prompt of a two-step task; null for direct.</summary>
    public string? MappingPromptKey => Pipeline == PipelineKind.TwoStep ? PromptKeys[1] : null;

    /// <summary>The direct prompt of a direct task; null for two-step.</summary>
    public string? DirectPromptKey => Pipeline == PipelineKind.Direct ? PromptKeys[0] : null;

    public string ModelKey { get; }

    public string TrialId { get; }

    /// <summary>Zero-based repeat number; part of the response-cache key so repeats are real repeats.</summary>
    public int RepeatIndex { get; }

    /// <summary>A short human summary of the result (e.g. "12 entities, 9 mappings, F1 0.71"); null until recorded.</summary>
    public string? ResultSummary { get; private set; }

    public UsageTotals Usage { get; private set; } = UsageTotals.None;

    /// <summary>Whether the output passed parsing and schema validation; null until recorded.</summary>
    public bool? ValidationPassed { get; private set; }

    /// <summary>Why the task produced no predictions, when it did not.</summary>
    public FailureClass? FailureClass { get; private set; }

    /// <summary>
    /// Records what the executor measured. Status is not touched: the caller moves the task to Completed or Failed
    /// through <see cref="TaskStatusTransitions"/>.
    /// </summary>
    public void RecordOutcome(UsageTotals usage, bool? validationPassed, FailureClass? failureClass, string? resultSummary)
    {
        ArgumentNullException.ThrowIfNull(usage);
        Usage = usage;
        ValidationPassed = validationPassed;
        FailureClass = failureClass;
        ResultSummary = resultSummary;
    }
}
