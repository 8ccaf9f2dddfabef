namespace McodeBench.Core.Tasks.Estimation;

/// <summary>
/// Output tokens that prompts and models produced in earlier runs, by (model, prompt combination, trial). The
/// estimator prefers these over its size rule: nothing predicts what a model writes better than what it wrote.
/// </summary>
public sealed class OutputHistory
{
    private readonly Dictionary<(string Model, string Prompts), Dictionary<string, OutputSample>> byCombination = [];

    public OutputHistory(IEnumerable<OutputSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        foreach (var sample in samples.Where(s => s.Tasks > 0 && s.OutputTokens > 0))
        {
            var key = (sample.ModelKey.ToUpperInvariant(), sample.PromptKeys.ToUpperInvariant());
            if (!byCombination.TryGetValue(key, out var trials))
            {
                trials = new Dictionary<string, OutputSample>(StringComparer.Ordinal);
                byCombination[key] = trials;
            }

            trials[sample.TrialId] = trials.TryGetValue(sample.TrialId, out var earlier)
                ? earlier with { Tasks = earlier.Tasks + sample.Tasks, OutputTokens = earlier.OutputTokens + sample.OutputTokens }
                : sample;
        }
    }

    /// <summary>No earlier runs: every estimate falls back to the size rule.</summary>
    public static OutputHistory Empty { get; } = new([]);

    /// <summary>The samples of one model and prompt combination, by trial id; empty when it never ran.</summary>
    public IReadOnlyDictionary<string, OutputSample> For(string modelKey, string promptKeys)
    {
        ArgumentNullException.ThrowIfNull(modelKey);
        ArgumentNullException.ThrowIfNull(promptKeys);
        return byCombination.TryGetValue((modelKey.ToUpperInvariant(), promptKeys.ToUpperInvariant()), out var trials)
            ? trials
            : new Dictionary<string, OutputSample>(StringComparer.Ordinal);
    }
}
