using System.Runtime.CompilerServices;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Paging;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Results;

/// <summary>
/// Reads a run's results back from the database for reports and exports: runs with their progress, and tasks with
/// their score reports, streamed (one query, rows read as they are consumed), so a run of 100,000 tasks is never held
/// in memory. Reads only; each call uses a context of its own.
/// </summary>
public sealed class RunResultsReader
{
    /// <summary>The statuses of tasks a leaderboard counts: they ran to an end (a cancelled task never produced a result to rank).</summary>
    public static IReadOnlyList<TrackedTaskStatus> FinishedStatuses { get; } = [TrackedTaskStatus.Completed, TrackedTaskStatus.Failed];

    private readonly BenchDatabase database;

    public RunResultsReader(BenchDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
    }

    /// <summary>One page of runs (newest first unless the query says otherwise) with their progress.</summary>
    public async Task<Page<RunOverview>> ListRunsAsync(RunQuery? query = null, CancellationToken cancellationToken = default)
    {
        var runs = await database.Runs.ListAsync(query, cancellationToken).ConfigureAwait(false);
        var overviews = await OverviewsAsync(runs.Items, cancellationToken).ConfigureAwait(false);
        return new Page<RunOverview>(overviews, runs.Total, runs.Offset, runs.Limit);
    }

    /// <summary>The run with its progress, or null when no run has this id.</summary>
    public async Task<RunOverview?> GetRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var run = await database.Runs.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        return run is null ? null : (await OverviewsAsync([run], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>Every task of the run in queue order (sequence, then id), each with its score report.</summary>
    public async IAsyncEnumerable<StoredTaskResult> ReadTasksAsync(string runId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var context = database.Contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var rows = WithReports(context, context.Tasks.AsNoTracking().Where(t => t.RunId == runId))
            .OrderBy(x => x.Task.Sequence).ThenBy(x => x.Task.Id);
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return new StoredTaskResult(TaskRowMapper.ToStored(row.Task), row.Json is null ? null : ScoreReport.FromJson(row.Json));
        }
    }

    /// <summary>
    /// The run's finished tasks (<see cref="FinishedStatuses"/>), one prompt × model combination at a time (in no
    /// particular order of combinations): only one combination's tasks are in memory at once. Their reports keep
    /// what aggregation and repeat stability read and drop the gold side of the alignment rows and the diagnostics.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<StoredTaskResult>> ReadCombinationsAsync(string runId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var statuses = FinishedStatuses.ToList();
        var context = database.Contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var rows = WithReports(context, context.Tasks.AsNoTracking().Where(t => t.RunId == runId && statuses.Contains(t.Status)))
            .OrderBy(x => x.Task.Pipeline)
            .ThenBy(x => x.Task.ExtractionPromptKey)
            .ThenBy(x => x.Task.MappingPromptKey)
            .ThenBy(x => x.Task.DirectPromptKey)
            .ThenBy(x => x.Task.ModelKey)
            .ThenBy(x => x.Task.Sequence)
            .ThenBy(x => x.Task.Id);
        var combination = new List<StoredTaskResult>();
        TaskRow? first = null;
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (first is not null && !SameCombination(first, row.Task))
            {
                yield return combination;
                combination = [];
            }

            if (combination.Count == 0)
            {
                first = row.Task;
            }

            combination.Add(new StoredTaskResult(TaskRowMapper.ToStored(row.Task), row.Json is null ? null : Compact(ScoreReport.FromJson(row.Json))));
        }

        if (combination.Count > 0)
        {
            yield return combination;
        }
    }

    private static IQueryable<TaskWithReport> WithReports(BenchDbContext context, IQueryable<TaskRow> tasks) =>
        from task in tasks
        join report in context.ScoreReports.AsNoTracking() on task.Id equals report.TaskId into reports
        from report in reports.DefaultIfEmpty()
        select new TaskWithReport { Task = task, Json = report == null ? null : report.Json };

    private static bool SameCombination(TaskRow a, TaskRow b) =>
        a.Pipeline == b.Pipeline
        && string.Equals(a.ExtractionPromptKey, b.ExtractionPromptKey, StringComparison.Ordinal)
        && string.Equals(a.MappingPromptKey, b.MappingPromptKey, StringComparison.Ordinal)
        && string.Equals(a.DirectPromptKey, b.DirectPromptKey, StringComparison.Ordinal)
        && string.Equals(a.ModelKey, b.ModelKey, StringComparison.Ordinal);

    // ScoreAggregator reads counts, per-type and per-element counts, compliance and unsupported; never the alignments.
    // The statistics layer's repeat stability compares what each repeat predicted, so the predicted side of the
    // alignment rows stays (gold side and unmatched gold rows dropped): without it every repeat would look empty.
    private static ScoreReport Compact(ScoreReport report) => report with
    {
        EntityAlignment = [.. report.EntityAlignment.Where(row => row.Prediction is not null).Select(row => row with { Gold = null })],
        MappingAlignment = [.. report.MappingAlignment.Where(row => row.Prediction is not null).Select(row => row with { Gold = null })],
        Diagnostics = [],
    };

    private async Task<IReadOnlyList<RunOverview>> OverviewsAsync(IReadOnlyList<StoredRun> runs, CancellationToken cancellationToken)
    {
        if (runs.Count == 0)
        {
            return [];
        }

        var ids = runs.Select(r => r.Id).ToList();
        var context = database.Contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var counts = await context.Tasks.AsNoTracking().Where(t => ids.Contains(t.RunId))
            .GroupBy(t => new { t.RunId, t.Status })
            .Select(g => new { g.Key.RunId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var models = await context.Tasks.AsNoTracking().Where(t => ids.Contains(t.RunId))
            .Select(t => new { t.RunId, t.ModelKey }).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return runs.Select(run => new RunOverview(
                run,
                Enum.GetValues<TrackedTaskStatus>().ToDictionary(
                    status => status,
                    status => counts.Where(c => c.RunId == run.Id && c.Status == status).Sum(c => c.Count)),
                models.Where(m => m.RunId == run.Id).Select(m => m.ModelKey).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    // A member-init projection (not a constructor), so EF can still order by the task's columns after the join.
    private sealed class TaskWithReport
    {
        public required TaskRow Task { get; init; }

        public string? Json { get; init; }
    }
}
