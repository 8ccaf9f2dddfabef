using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Persistence.Paging;
using McodeBench.Engine.Persistence.Sql;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Persistence.Writing;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Persistence.Runs;

/// <summary>Runs: created with their tasks in one transaction, listed, and given a status or priority by the engine.</summary>
public sealed class RunRepository(BenchDbContextFactory contexts, BatchedDatabaseWriter writer, TimeProvider? timeProvider = null)
{
    /// <summary>Tasks converted and inserted at a time while a run is created, so 100,000 tasks are never all in memory.</summary>
    internal const int InsertChunkSize = 1_000;

    private readonly BenchDbContextFactory contexts = contexts ?? throw new ArgumentNullException(nameof(contexts));
    private readonly BatchedDatabaseWriter writer = writer ?? throw new ArgumentNullException(nameof(writer));
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    /// <summary>
    /// Stores the run and its tasks in one transaction, streaming: <paramref name="tasks"/> is read once, in chunks,
    /// in order, and each task gets the next queue sequence, so a run's tasks run in expansion order within a
    /// priority. Tasks are stored in whatever status they have (Pending from <see cref="MatrixExpansion"/>).
    /// Returns how many tasks were stored.
    /// </summary>
    /// <exception cref="ArgumentException">A task belongs to another run; nothing is stored.</exception>
    /// <exception cref="InvalidOperationException">A run with this id exists already; nothing is stored.</exception>
    public Task<int> CreateAsync(NewRun run, IEnumerable<BenchmarkTask> tasks, CancellationToken cancellationToken = default)
    {
        var row = ToRow(run, tasks);
        return writer.WriteAloneAsync((context, token) => InsertAsync(context, row, tasks, static _ => { }, token), cancellationToken);
    }

    /// <summary>
    /// Like <see cref="CreateAsync"/>, but admits the run at once: it is stored Running (started now) with every task
    /// Queued (each must be Pending), all in the same transaction, so a failure part-way (a bad task, a full disk, a
    /// cancel) leaves no trace of the run, and no reader ever sees it half-stored. This is how the engine starts a
    /// run; storing Pending and then queueing in a second pass cost a read and an update per task.
    /// </summary>
    /// <exception cref="ArgumentException">A task belongs to another run; nothing is stored.</exception>
    /// <exception cref="InvalidOperationException">A run with this id exists already; nothing is stored.</exception>
    /// <exception cref="InvalidTaskTransitionException">A task is not Pending; nothing is stored.</exception>
    public Task<int> CreateQueuedAsync(NewRun run, IEnumerable<BenchmarkTask> tasks, CancellationToken cancellationToken = default)
    {
        var row = ToRow(run, tasks);
        row.Status = RunStatus.Running;
        row.StartedUtc = clock.GetUtcNow().UtcDateTime;
        var transitions = new TaskStatusTransitions(clock);
        return writer.WriteAloneAsync(
            (context, token) => InsertAsync(context, row, tasks, task => transitions.Apply(task, TrackedTaskStatus.Queued), token),
            cancellationToken);
    }

    public async Task<StoredRun?> GetAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var row = await context.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToStored(row);
    }

    /// <summary>One page of runs, newest first unless the query says otherwise.</summary>
    public async Task<Page<StoredRun>> ListAsync(RunQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new RunQuery();
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var runs = context.Runs.AsNoTracking();
        if (query.Statuses is { Count: > 0 } statusSet)
        {
            var statuses = statusSet.ToList();
            runs = runs.Where(r => statuses.Contains(r.Status));
        }

        var total = await runs.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await ColumnSort.Apply(runs, context.Model.FindEntityType(typeof(RunRow))!, query.SortBy, query.Descending, nameof(RunRow.Id))
            .Skip(query.Offset).Take(query.Limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new Page<StoredRun>(rows.Select(ToStored).ToList(), total, query.Offset, query.Limit);
    }

    /// <summary>
    /// Sets the run's status. Running records the start (the first one) and clears the finish; Completed and
    /// Cancelled record the finish. Returns false when there is no such run.
    /// </summary>
    public Task<bool> SetStatusAsync(string runId, RunStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var now = clock.GetUtcNow().UtcDateTime;
        return writer.WriteAsync(
            async (context, token) =>
            {
                var row = await context.Runs.FirstOrDefaultAsync(r => r.Id == runId, token).ConfigureAwait(false);
                if (row is null)
                {
                    return false;
                }

                row.Status = status;
                switch (status)
                {
                    case RunStatus.Running:
                        row.StartedUtc ??= now;
                        row.FinishedUtc = null;
                        break;
                    case RunStatus.Completed:
                    case RunStatus.Cancelled:
                        row.FinishedUtc = now;
                        break;
                    case RunStatus.Pending:
                    case RunStatus.Paused:
                        break;
                    default:
                        throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown run status.");
                }

                return true;
            },
            cancellationToken);
    }

    /// <summary>
    /// Marks the run Completed, in one statement, only if it is still Running or Pending and none of its tasks is
    /// pending, queued, running or paused, so a cancel, pause or retry stored meanwhile (by a control in this or
    /// another process) is never overwritten. True when the run was marked.
    /// </summary>
    public Task<bool> CompleteIfFinishedAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var now = clock.GetUtcNow().UtcDateTime;
        return writer.WriteAsync(
            async (context, token) => await context.Runs
                .Where(r => r.Id == runId && (r.Status == RunStatus.Running || r.Status == RunStatus.Pending))
                .Where(r => !context.Tasks.Any(t => t.RunId == runId
                    && (t.Status == TrackedTaskStatus.Pending || t.Status == TrackedTaskStatus.Queued || t.Status == TrackedTaskStatus.Running || t.Status == TrackedTaskStatus.Paused)))
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, RunStatus.Completed).SetProperty(r => r.FinishedUtc, now), token)
                .ConfigureAwait(false) == 1,
            cancellationToken);
    }

    /// <summary>Sets the priority of the run and of its tasks that have not finished. Returns how many tasks changed.</summary>
    public Task<int> SetPriorityAsync(string runId, TaskPriority priority, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return writer.WriteAsync(
            async (context, token) =>
            {
                await context.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set.SetProperty(r => r.Priority, priority), token).ConfigureAwait(false);
                return await context.Tasks
                    .Where(t => t.RunId == runId && t.Status != TrackedTaskStatus.Completed && t.Status != TrackedTaskStatus.Cancelled)
                    .ExecuteUpdateAsync(set => set.SetProperty(t => t.Priority, priority), token).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private static RunRow ToRow(NewRun run, IEnumerable<BenchmarkTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.Id);
        ArgumentNullException.ThrowIfNull(run.Spec);
        return new RunRow
        {
            Id = run.Id,
            Name = run.Spec.Name,
            SpecJson = PersistenceJson.Serialize(run.Spec),
            LibraryVersionsJson = PersistenceJson.Serialize(run.LibraryVersions ?? new Dictionary<string, string>()),
            EstimateJson = run.Estimate is null ? null : PersistenceJson.Serialize(run.Estimate),
            GoldDigest = run.Provenance?.GoldDigest,
            TrialTextDigest = run.Provenance?.TrialTextDigest,
            Status = RunStatus.Pending,
            Priority = run.Spec.Priority,
            CreatedUtc = run.CreatedUtc,
        };
    }

    private static async Task<int> InsertAsync(BenchDbContext context, RunRow run, IEnumerable<BenchmarkTask> tasks, Action<BenchmarkTask> admit, CancellationToken cancellationToken)
    {
        if (await context.Runs.AnyAsync(r => r.Id == run.Id, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Run '{run.Id}' already exists; give the new run another id, or resume the existing one.");
        }

        await RowCommands.InsertAsync(context, [run], cancellationToken).ConfigureAwait(false);
        var sequence = await TaskRepository.NextSequenceAsync(context, cancellationToken).ConfigureAwait(false);
        var count = 0;
        var chunk = new List<TaskRow>(InsertChunkSize);
        foreach (var task in tasks)
        {
            ArgumentNullException.ThrowIfNull(task, nameof(tasks));
            if (!string.Equals(task.RunId, run.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Task '{task.Id}' belongs to run '{task.RunId}', not to '{run.Id}'; a run stores only its own tasks.", nameof(tasks));
            }

            admit(task);
            chunk.Add(TaskRowMapper.ToRow(task, sequence++));
            if (chunk.Count == InsertChunkSize)
            {
                count += await FlushAsync(context, chunk, cancellationToken).ConfigureAwait(false);
            }
        }

        count += await FlushAsync(context, chunk, cancellationToken).ConfigureAwait(false);
        await context.Runs.Where(r => r.Id == run.Id).ExecuteUpdateAsync(set => set.SetProperty(r => r.TaskCount, count), cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static async Task<int> FlushAsync(BenchDbContext context, List<TaskRow> chunk, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return 0;
        }

        // PostgreSQL takes a chunk fastest as one binary COPY; SQLite runs in process, where a prepared INSERT per row is.
        var count = context.Database.IsNpgsql()
            ? await RowCommands.CopyAsync(context, chunk, cancellationToken).ConfigureAwait(false)
            : await RowCommands.InsertAsync(context, chunk, cancellationToken).ConfigureAwait(false);
        chunk.Clear();
        return count;
    }

    private static StoredRun ToStored(RunRow row) => new(
        row.Id,
        row.Name,
        PersistenceJson.Deserialize<RunSpec>(row.SpecJson, $"spec of run '{row.Id}'"),
        PersistenceJson.Deserialize<Dictionary<string, string>>(row.LibraryVersionsJson, $"library versions of run '{row.Id}'"),
        row.Status,
        row.Priority,
        row.TaskCount,
        row.CreatedUtc,
        row.StartedUtc,
        row.FinishedUtc,
        row.EstimateJson is null ? null : PersistenceJson.Deserialize<DryRunEstimate>(row.EstimateJson, $"estimate of run '{row.Id}'"),
        row.GoldDigest,
        row.TrialTextDigest);
}
