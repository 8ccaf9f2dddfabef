using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Results;

/// <summary>Sums a run's usage in the database (one row back, not one per task).</summary>
public sealed class RunSpendingReader(BenchDatabase database)
{
    private readonly BenchDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<RunSpending> ReadAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var context = database.Contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var sums = await context.Tasks.AsNoTracking()
            .Where(t => t.RunId == runId && (t.Status == TrackedTaskStatus.Completed || t.Status == TrackedTaskStatus.Failed))
            .GroupBy(t => t.RunId)
            .Select(g => new
            {
                Tasks = g.LongCount(),
                Output = g.Sum(t => t.OutputTokens + t.WouldBeOutputTokens),
                Billed = g.Sum(t => t.Cost),
                Saved = g.Sum(t => t.WouldBeCost),
            })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return sums is null ? new RunSpending(0, 0, 0m, 0m) : new RunSpending(sums.Tasks, sums.Output, sums.Billed + sums.Saved, sums.Billed);
    }
}
