namespace McodeBench.Core.Tasks.Estimation;

/// <summary>
/// What one prompt combination on one model produced for one trial in earlier runs: the output tokens of its finished
/// tasks (would-be tokens, so an answer replayed from the cache still counts what the model wrote).
/// </summary>
/// <param name="PromptKeys">The task's prompt keys joined with <c>+</c> (<c>extract+map</c>, or the direct prompt's key).</param>
/// <param name="Tasks">How many finished tasks the figure is taken from.</param>
/// <param name="OutputTokens">Their output tokens, summed over the tasks and over both calls of a two-step task.</param>
public sealed record OutputSample(string ModelKey, string PromptKeys, string TrialId, long Tasks, long OutputTokens)
{
    /// <summary>Output tokens of one task on average.</summary>
    public double MeanOutputTokens => Tasks == 0 ? 0 : (double)OutputTokens / Tasks;
}
