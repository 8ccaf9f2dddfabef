using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Results;

/// <summary>
/// Reads what earlier runs' models wrote, for the cost estimate: completed tasks grouped by model, prompts and trial,
/// summed in the database (one row per group, not per task). Output counts what the model produced, billed or
/// answered from the response cache, because a rerun that misses the cache pays for all of it.
/// </summary>
public sealed class OutputHistoryReader(BenchDatabase database)
{
    private readonly BenchDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>The history of the given models (all models when empty).</summary>
    public async Task<OutputHistory> ReadAsync(IReadOnlyCollection<string> modelKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modelKeys);
        var keys = modelKeys.ToList();
        var context = database.Contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var tasks = context.Tasks.AsNoTracking().Where(t => t.Status == TrackedTaskStatus.Completed);
        if (keys.Count > 0)
        {
            tasks = tasks.Where(t => keys.Contains(t.ModelKey));
        }

        var groups = await tasks
            .GroupBy(t => new { t.ModelKey, t.ExtractionPromptKey, t.MappingPromptKey, t.DirectPromptKey, t.TrialId })
            .Select(g => new { g.Key, Tasks = g.LongCount(), Output = g.Sum(t => t.OutputTokens + t.WouldBeOutputTokens) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new OutputHistory(groups.Select(g => new OutputSample(
            g.Key.ModelKey,
            g.Key.DirectPromptKey ?? $"{g.Key.ExtractionPromptKey}+{g.Key.MappingPromptKey}",
            g.Key.TrialId,
            g.Tasks,
            g.Output)));
    }
}
