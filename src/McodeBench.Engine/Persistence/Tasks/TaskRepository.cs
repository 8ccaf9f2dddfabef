using System.Runtime.CompilerServices;
using McodeBench.Core.Annotations;
using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence.Paging;
using McodeBench.Engine.Persistence.Sql;
using McodeBench.Engine.Persistence.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>
/// Tasks as the engine reads and changes them. Every status change goes through <see cref="TaskStatusTransitions"/>:
/// single-task writes apply it to the caller's <see cref="BenchmarkTask"/> and store the result only if the stored
/// row still has the status and attempt count the task had (else <see cref="TaskWriteResult.Conflict"/>); bulk
/// changes load each row into a <see cref="BenchmarkTask"/> and apply it there. Writes go through the
/// <see cref="BatchedDatabaseWriter"/>; reads use contexts of their own.
/// </summary>
/// <remarks>A task object must not be changed by anyone else while one of its writes is pending.</remarks>
public sealed class TaskRepository
{
    /// <summary>Rows a bulk change handles per write, so a change of 100,000 tasks does not hold the writer for long.</summary>
    internal const int BulkChunkSize = 500;

    private const string InterruptedMessage = "The process running this attempt stopped before it finished; the task went back to the queue on the next start.";

    private readonly BenchDbContextFactory contexts;
    private readonly BatchedDatabaseWriter writer;
    private readonly TimeProvider clock;
    private readonly TaskStatusTransitions transitions;

    /// <param name="workerId">Who runs the claimed tasks (this process); stored on claimed tasks and their attempts.</param>
    public TaskRepository(BenchDbContextFactory contexts, BatchedDatabaseWriter writer, string workerId, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentException.ThrowIfNullOrWhiteSpace(workerId);
        this.contexts = contexts;
        this.writer = writer;
        WorkerId = workerId;
        clock = timeProvider ?? TimeProvider.System;
        transitions = new TaskStatusTransitions(clock);
    }

    public string WorkerId { get; }

    // ----- reads -----

    /// <summary>
    /// The next queued tasks in the order they should run: highest priority first, then lowest sequence (FIFO within
    /// a priority). The scheduler picks among them and claims each with <see cref="ClaimAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<BenchmarkTask>> QueuedAsync(int limit, QueuedTaskFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var query = context.Tasks.AsNoTracking().Where(t => t.Status == TrackedTaskStatus.Queued);
        if (filter is not null)
        {
            if (filter.ExcludedModels.Count > 0)
            {
                var models = filter.ExcludedModels.ToList();
                query = query.Where(t => !models.Contains(t.ModelKey));
            }

            if (filter.ExcludedRuns.Count > 0)
            {
                var runs = filter.ExcludedRuns.ToList();
                query = query.Where(t => !runs.Contains(t.RunId));
            }

            if (filter.OnlyRuns.Count > 0)
            {
                var runs = filter.OnlyRuns.ToList();
                query = query.Where(t => runs.Contains(t.RunId));
            }

            if (filter.ExcludedTaskIds.Count > 0)
            {
                var ids = filter.ExcludedTaskIds.ToList();
                query = query.Where(t => !ids.Contains(t.Id));
            }
        }

        var rows = await query.OrderByDescending(t => t.Priority).ThenBy(t => t.Sequence).Take(limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(TaskRowMapper.ToTask).ToList();
    }

    public async Task<StoredTask?> GetAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var row = await context.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : TaskRowMapper.ToStored(row);
    }

    /// <summary>One page of the tasks matching <paramref name="query"/>, with the total count.</summary>
    /// <exception cref="ArgumentException">The sort column does not exist (the message lists those that do), or the page is out of range.</exception>
    public async Task<Page<StoredTask>> ListAsync(TaskQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var filtered = Filter(context.Tasks.AsNoTracking(), query, contexts.Provider);
        var total = await filtered.CountAsync(cancellationToken).ConfigureAwait(false);

        // Sort and page the ids only, then read the page's rows by key: the sort then carries two columns per task
        // instead of every column, and a deep page skips ids, not whole rows (docs/performance.md, "Web tracker").
        var column = ColumnSort.Resolve(TaskEntity(context), query.SortBy);
        var ids = column.IsNullable
            ? await PageIdsEmptyLastAsync(context, filtered, column.Name, query, cancellationToken).ConfigureAwait(false)
            : await Sort(context, filtered, query).Skip(query.Offset).Take(query.Limit).Select(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var rows = await context.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
        var page = ids.Where(rows.ContainsKey).Select(id => TaskRowMapper.ToStored(rows[id])).ToList();
        return new Page<StoredTask>(page, total, query.Offset, query.Limit);
    }

    /// <summary>Every task matching <paramref name="query"/> (its offset applies, its limit does not), one at a time: for exports of any size.</summary>
    public async IAsyncEnumerable<StoredTask> StreamAsync(TaskQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var sorted = Sort(context, Filter(context.Tasks.AsNoTracking(), query, contexts.Provider), query).Skip(query.Offset);
        await foreach (var row in sorted.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return TaskRowMapper.ToStored(row);
        }
    }

    /// <summary>How many tasks are in each status, for one run or all.</summary>
    public async Task<IReadOnlyDictionary<TrackedTaskStatus, int>> CountByStatusAsync(string? runId = null, CancellationToken cancellationToken = default)
    {
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var query = context.Tasks.AsNoTracking();
        if (runId is not null)
        {
            query = query.Where(t => t.RunId == runId);
        }

        var counts = await query.GroupBy(t => t.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return Enum.GetValues<TrackedTaskStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Status == s)?.Count ?? 0);
    }

    /// <summary>Every recorded attempt of a task, oldest first.</summary>
    public async Task<IReadOnlyList<StoredAttempt>> AttemptsAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var rows = await context.Attempts.AsNoTracking().Where(a => a.TaskId == taskId).OrderBy(a => a.AttemptNumber)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToStoredAttempt).ToList();
    }

    /// <summary>The prediction of the task's latest recorded attempt, or null.</summary>
    public async Task<Prediction?> PredictionAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var json = await context.Predictions.AsNoTracking().Where(p => p.TaskId == taskId).Select(p => p.Json)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return json is null ? null : PersistenceJson.Deserialize<Prediction>(json, $"prediction of task '{taskId}'");
    }

    /// <summary>The score report of the task's latest recorded attempt, or null.</summary>
    public async Task<ScoreReport?> ScoreReportAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var context = contexts.Create();
        await using var scope = context.ConfigureAwait(false);
        var json = await context.ScoreReports.AsNoTracking().Where(r => r.TaskId == taskId).Select(r => r.Json)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return json is null ? null : ScoreReport.FromJson(json);
    }

    // ----- single-task writes -----

    /// <summary>Queued → Running for this worker. <see cref="TaskWriteResult.Conflict"/> when the task is no longer queued.</summary>
    /// <exception cref="InvalidTaskTransitionException">The task object is not Queued.</exception>
    public Task<TaskWriteResult> ClaimAsync(BenchmarkTask task, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.Status != TrackedTaskStatus.Queued)
        {
            throw new InvalidTaskTransitionException(task.Id, task.Status, TrackedTaskStatus.Running);
        }

        return ChangeAsync(task, TrackedTaskStatus.Running, error: null, outcome: null, cancellationToken);
    }

    /// <summary>
    /// Running → Completed, Failed or Cancelled, with the attempt that ran: the attempt row, the prediction and score
    /// report (replacing an earlier attempt's), the task's usage, failure class and headline scores.
    /// </summary>
    /// <param name="error">For Failed: what went wrong (defaults to the outcome's failure message); for Cancelled: the reason.</param>
    public Task<TaskWriteResult> FinishAsync(BenchmarkTask task, TrackedTaskStatus to, AttemptOutcome outcome, string? error = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(outcome);
        if (to is not (TrackedTaskStatus.Completed or TrackedTaskStatus.Failed or TrackedTaskStatus.Cancelled))
        {
            throw new ArgumentException($"FinishAsync ends an attempt: Completed, Failed or Cancelled, not {to}. A running task goes back to the queue only through RequeueInterruptedAsync.", nameof(to));
        }

        if (task.Status != TrackedTaskStatus.Running)
        {
            throw new InvalidTaskTransitionException(task.Id, task.Status, to);
        }

        error ??= to == TrackedTaskStatus.Failed ? outcome.FailureMessage ?? outcome.FailureClass?.ToWireName() : null;
        return ChangeAsync(task, to, error, outcome, cancellationToken);
    }

    /// <summary>
    /// Any other change of one task that is not running: queue, pause, resume, cancel, retry (Failed → Queued, which
    /// puts the task at the end of its priority's line).
    /// </summary>
    public Task<TaskWriteResult> TransitionAsync(BenchmarkTask task, TrackedTaskStatus to, string? error = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.Status == TrackedTaskStatus.Running || to == TrackedTaskStatus.Running)
        {
            throw new ArgumentException($"Task '{task.Id}': use ClaimAsync to start a task and FinishAsync to end a running one (they record the worker and the attempt).", nameof(to));
        }

        return ChangeAsync(task, to, error, outcome: null, cancellationToken);
    }

    // ----- bulk writes -----

    /// <summary>
    /// Moves every selected task to <paramref name="to"/> (pause, resume, cancel or retry a run), a chunk at a time,
    /// each task through <see cref="TaskStatusTransitions"/>. Retried tasks (Failed → Queued) go to the end of their
    /// line in their old order. Returns how many tasks moved.
    /// </summary>
    /// <exception cref="ArgumentException">The selection includes Running or <paramref name="to"/>, or a status that cannot move to it.</exception>
    public async Task<int> TransitionManyAsync(TaskSelection selection, TrackedTaskStatus to, string? error = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ValidateBulk(selection, to);
        var total = 0;
        while (true)
        {
            var moved = await writer.WriteAsync((context, token) => TransitionChunkAsync(context, selection, to, error, token), cancellationToken).ConfigureAwait(false);
            total += moved;
            if (moved < BulkChunkSize)
            {
                return total;
            }
        }
    }

    /// <summary>
    /// Crash recovery: every task left Running (by <paramref name="workerId"/>, or by anyone when null) goes back to
    /// the queue, keeping its place, and its unfinished attempt is recorded as Interrupted. Returns how many.
    /// Call it on start, before scheduling.
    /// </summary>
    public async Task<int> RequeueInterruptedAsync(string? workerId = null, CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            var moved = await writer.WriteAsync((context, token) => RequeueChunkAsync(context, workerId, token), cancellationToken).ConfigureAwait(false);
            total += moved;
            if (moved < BulkChunkSize)
            {
                return total;
            }
        }
    }

    /// <summary>Sets the priority of the selected tasks (not a status change; allowed while they wait or run). Returns how many.</summary>
    public Task<int> SetPriorityAsync(TaskSelection selection, TaskPriority priority, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return writer.WriteAsync(
            (context, token) => Select(context.Tasks, selection).ExecuteUpdateAsync(set => set.SetProperty(t => t.Priority, priority), token),
            cancellationToken);
    }

    /// <summary>
    /// Stores tasks a control changed in memory (status, priority and the rest of their state), each only if its row
    /// still has the status and attempt count the control loaded it with; a Failed task queued again moves to the
    /// end of its line. Returns how many were written; the others changed meanwhile (e.g. another process claimed
    /// them) and keep what the database holds.
    /// </summary>
    internal Task<int> SaveControlledAsync(IReadOnlyCollection<(BenchmarkTask Task, TrackedTaskStatus LoadedStatus, int LoadedAttempts)> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return Task.FromResult(0);
        }

        var rows = changes.Select(c => (Row: TaskRowMapper.ToRow(c.Task), c.LoadedStatus, c.LoadedAttempts)).ToList();
        return writer.WriteAsync(
            async (context, token) =>
            {
                long? next = null;
                var written = 0;
                foreach (var (row, loadedStatus, loadedAttempts) in rows)
                {
                    var set = new List<string>(TaskRowMapper.StateProperties) { nameof(TaskRow.Priority) };
                    if (loadedStatus == TrackedTaskStatus.Failed && row.Status == TrackedTaskStatus.Queued)
                    {
                        next ??= await NextSequenceAsync(context, token).ConfigureAwait(false);
                        row.Sequence = next.Value;
                        next++;
                        set.Add(nameof(TaskRow.Sequence));
                    }

                    written += await RowCommands.UpdateAsync(
                        context,
                        row,
                        set,
                        [(nameof(TaskRow.Id), row.Id), (nameof(TaskRow.Status), loadedStatus), (nameof(TaskRow.AttemptCount), loadedAttempts)],
                        token).ConfigureAwait(false);
                }

                return written;
            },
            cancellationToken);
    }

    // ----- internals -----

    private async Task<TaskWriteResult> ChangeAsync(BenchmarkTask task, TrackedTaskStatus to, string? error, AttemptOutcome? outcome, CancellationToken cancellationToken)
    {
        var before = TaskRowMapper.ToRow(task);
        transitions.Apply(task, to, error);
        try
        {
            if (outcome is not null)
            {
                task.RecordOutcome(outcome.Usage, outcome.ValidationPassed, outcome.FailureClass, outcome.ResultSummary);
            }

            var change = new TaskChange(
                before,
                TaskRowMapper.ToRow(task),
                to == TrackedTaskStatus.Running ? WorkerId : null,
                Renumber: before.Status == TrackedTaskStatus.Failed && to == TrackedTaskStatus.Queued,
                outcome is null ? null : HeadlineScores.From(outcome.ScoreReport),
                outcome is null ? null : PendingAttemptOf(task, to, outcome));
            var (result, stored) = await writer.WriteAsync((context, token) => WriteChangeAsync(context, change, token), cancellationToken).ConfigureAwait(false);
            if (result == TaskWriteResult.Conflict)
            {
                TaskRowMapper.RestoreState(task, stored ?? before);
            }

            return result;
        }
        catch
        {
            // Nothing was written: the object goes back to what the database still holds.
            TaskRowMapper.RestoreState(task, before);
            throw;
        }
    }

    private PendingAttempt PendingAttemptOf(BenchmarkTask task, TrackedTaskStatus to, AttemptOutcome outcome) => new(
        task.Id,
        task.AttemptCount,
        WorkerId,
        task.StartedUtc,
        task.FinishedUtc ?? clock.GetUtcNow().UtcDateTime,
        to switch
        {
            TrackedTaskStatus.Completed => AttemptEnd.Completed,
            TrackedTaskStatus.Failed => AttemptEnd.Failed,
            _ => AttemptEnd.Cancelled,
        },
        outcome.FailureClass,
        outcome.FailureMessage,
        PersistenceJson.Serialize(outcome.Steps),
        PersistenceJson.Serialize(outcome.Warnings),
        PersistenceJson.Serialize(outcome.Usage),
        outcome.Prediction is null ? null : PersistenceJson.Serialize(outcome.Prediction),
        outcome.ScoreReport is null ? null : System.Text.Json.JsonSerializer.Serialize(outcome.ScoreReport, PersistenceJson.ScoreReports));

    private static async Task<(TaskWriteResult Result, TaskRow? Stored)> WriteChangeAsync(BenchDbContext context, TaskChange change, CancellationToken cancellationToken)
    {
        var row = change.After.Copy();
        var set = new List<string>(TaskRowMapper.StateProperties);
        if (change.WorkerId is not null)
        {
            row.WorkerId = change.WorkerId;
            set.Add(nameof(TaskRow.WorkerId));
        }

        if (change.Renumber)
        {
            row.Sequence = await NextSequenceAsync(context, cancellationToken).ConfigureAwait(false);
            set.Add(nameof(TaskRow.Sequence));
        }

        if (change.Scores is not null)
        {
            TaskRowMapper.SetScores(row, change.Scores);
            set.AddRange(TaskRowMapper.ScoreProperties);
        }

        // Written only if the stored task is still where this change started from: same status, same attempt.
        var changed = await RowCommands.UpdateAsync(
            context,
            row,
            set,
            [(nameof(TaskRow.Id), change.Before.Id), (nameof(TaskRow.Status), change.Before.Status), (nameof(TaskRow.AttemptCount), change.Before.AttemptCount)],
            cancellationToken).ConfigureAwait(false);
        if (changed == 0)
        {
            var stored = await context.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == change.Before.Id, cancellationToken).ConfigureAwait(false);
            // The attempt ran and may have been billed: keep its record even though its result is not applied.
            if (change.Attempt is { } ran && stored is not null
                && !await context.Attempts.AnyAsync(a => a.TaskId == ran.TaskId && a.AttemptNumber == ran.AttemptNumber, cancellationToken).ConfigureAwait(false))
            {
                await RowCommands.InsertAsync(context, [ran.ToAttemptRow()], cancellationToken).ConfigureAwait(false);
            }

            return (TaskWriteResult.Conflict, stored);
        }

        if (change.Attempt is { } attempt)
        {
            if (attempt.AttemptNumber > 1)
            {
                // The prediction and report are the latest attempt's; an earlier one's must not linger.
                await context.Predictions.Where(p => p.TaskId == attempt.TaskId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await context.ScoreReports.Where(r => r.TaskId == attempt.TaskId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            await RowCommands.InsertAsync(context, [attempt.ToAttemptRow()], cancellationToken).ConfigureAwait(false);
            if (attempt.ToPredictionRow() is { } prediction)
            {
                await RowCommands.InsertAsync(context, [prediction], cancellationToken).ConfigureAwait(false);
            }

            if (attempt.ToScoreReportRow() is { } report)
            {
                await RowCommands.InsertAsync(context, [report], cancellationToken).ConfigureAwait(false);
            }
        }

        return (TaskWriteResult.Written, null);
    }

    private async Task<int> TransitionChunkAsync(BenchDbContext context, TaskSelection selection, TrackedTaskStatus to, string? error, CancellationToken cancellationToken)
    {
        var rows = await Select(context.Tasks, selection).OrderBy(t => t.Sequence).ThenBy(t => t.Id).Take(BulkChunkSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        long? next = null;
        foreach (var row in rows)
        {
            var task = TaskRowMapper.ToTask(row);
            var from = task.Status;
            transitions.Apply(task, to, error);
            TaskRowMapper.CopyState(task, row);
            if (from == TrackedTaskStatus.Failed && to == TrackedTaskStatus.Queued)
            {
                next ??= await NextSequenceAsync(context, cancellationToken).ConfigureAwait(false);
                row.Sequence = next.Value;
                next++;
            }
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    private async Task<int> RequeueChunkAsync(BenchDbContext context, string? workerId, CancellationToken cancellationToken)
    {
        var query = context.Tasks.Where(t => t.Status == TrackedTaskStatus.Running);
        if (workerId is not null)
        {
            query = query.Where(t => t.WorkerId == workerId);
        }

        var rows = await query.OrderBy(t => t.Sequence).ThenBy(t => t.Id).Take(BulkChunkSize).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = rows.Select(r => r.Id).ToList();
        var recorded = (await context.Attempts.Where(a => ids.Contains(a.TaskId)).Select(a => new { a.TaskId, a.AttemptNumber })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(a => (a.TaskId, a.AttemptNumber)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var noUsage = PersistenceJson.Serialize(UsageTotals.None);
        foreach (var row in rows)
        {
            if (!recorded.Contains((row.Id, row.AttemptCount)))
            {
                context.Attempts.Add(new AttemptRow
                {
                    TaskId = row.Id,
                    AttemptNumber = row.AttemptCount,
                    WorkerId = row.WorkerId,
                    StartedUtc = row.StartedUtc,
                    FinishedUtc = now,
                    EndedAs = AttemptEnd.Interrupted,
                    FailureMessage = InterruptedMessage,
                    UsageJson = noUsage,
                });
            }

            var task = TaskRowMapper.ToTask(row);
            transitions.Apply(task, TrackedTaskStatus.Queued);
            TaskRowMapper.CopyState(task, row);
            row.WorkerId = null;
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    private static void ValidateBulk(TaskSelection selection, TrackedTaskStatus to)
    {
        if (selection.Statuses is not { Count: > 0 })
        {
            throw new ArgumentException("Name the statuses of the tasks to change (for example Queued and Pending to pause a run).", nameof(selection));
        }

        foreach (var from in selection.Statuses)
        {
            if (from == TrackedTaskStatus.Running)
            {
                throw new ArgumentException("Running tasks are ended by their executor (FinishAsync) or requeued after a crash (RequeueInterruptedAsync), not changed in bulk.", nameof(selection));
            }

            if (!TaskStatusTransitions.IsLegal(from, to))
            {
                var next = TaskStatusTransitions.NextStatuses(from);
                throw new ArgumentException(
                    $"Tasks in {from} cannot go to {to}; from {from} they may go to {(next.Count == 0 ? "nothing (it is final)" : string.Join(", ", next))}.",
                    nameof(to));
            }
        }
    }

    private static IQueryable<TaskRow> Select(IQueryable<TaskRow> tasks, TaskSelection selection)
    {
        var statuses = selection.Statuses.Distinct().ToList();
        var query = tasks.Where(t => statuses.Contains(t.Status));
        if (selection.RunId is { } runId)
        {
            query = query.Where(t => t.RunId == runId);
        }

        if (selection.TaskIds is { } taskIds)
        {
            var ids = taskIds.ToList();
            query = query.Where(t => ids.Contains(t.Id));
        }

        if (selection.FailureClasses is { } failureClasses)
        {
            var classes = failureClasses.Select(f => (FailureClass?)f).ToList();
            query = query.Where(t => classes.Contains(t.FailureClass));
        }

        return query;
    }

    private static IQueryable<TaskRow> Filter(IQueryable<TaskRow> tasks, TaskQuery query, DatabaseProvider provider)
    {
        if (query.RunId is { } runId)
        {
            tasks = tasks.Where(t => t.RunId == runId);
        }

        if (query.Statuses is { Count: > 0 } statusSet)
        {
            var statuses = statusSet.ToList();
            tasks = tasks.Where(t => statuses.Contains(t.Status));
        }

        if (query.ModelKey is { } model)
        {
            tasks = tasks.Where(t => t.ModelKey == model);
        }

        if (query.TrialId is { } trial)
        {
            tasks = tasks.Where(t => t.TrialId == trial);
        }

        if (query.RepeatIndex is { } repeat)
        {
            tasks = tasks.Where(t => t.RepeatIndex == repeat);
        }

        if (query.PromptKey is { } prompt)
        {
            tasks = tasks.Where(t => t.ExtractionPromptKey == prompt || t.MappingPromptKey == prompt || t.DirectPromptKey == prompt);
        }

        if (query.FailureClass is { } failure)
        {
            tasks = tasks.Where(t => t.FailureClass == failure);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            tasks = tasks.Where(TextFilter.Matching(query.Text, provider));
        }

        if (query.MinScore is { } min)
        {
            tasks = query.MinScoreColumn switch
            {
                TaskScoreColumn.EntityF1Strict => tasks.Where(t => t.EntityF1Strict >= min),
                TaskScoreColumn.EntityF1Type => tasks.Where(t => t.EntityF1Type >= min),
                TaskScoreColumn.MappingF1Strict => tasks.Where(t => t.MappingF1Strict >= min),
                TaskScoreColumn.MappingF1Lenient => tasks.Where(t => t.MappingF1Lenient >= min),
                TaskScoreColumn.Compliance => tasks.Where(t => t.Compliance >= min),
                _ => throw new ArgumentOutOfRangeException(nameof(query), query.MinScoreColumn, "Unknown score column."),
            };
        }

        return tasks;
    }

    private static IQueryable<TaskRow> Sort(BenchDbContext context, IQueryable<TaskRow> tasks, TaskQuery query, bool withoutEmpty = false) =>
        ColumnSort.Apply(tasks, TaskEntity(context), query.SortBy, query.Descending, nameof(TaskRow.Id), withoutEmpty);

    private static IEntityType TaskEntity(BenchDbContext context) => context.Model.FindEntityType(typeof(TaskRow))!;

    /// <summary>
    /// The page's ids in <see cref="ColumnSort"/>'s order for a nullable column (tasks without a value last, by id),
    /// read as two runs: the tasks with a value, sorted by (column, id) as an index on them holds them, then the
    /// others by id. One query ordering by "is empty" first could use no index and sorts every match instead.
    /// The tasks with a value are counted only when the page reaches past them.
    /// </summary>
    private static async Task<List<string>> PageIdsEmptyLastAsync(BenchDbContext context, IQueryable<TaskRow> filtered, string column, TaskQuery query, CancellationToken cancellationToken)
    {
        var valued = filtered.Where(t => EF.Property<object?>(t, column) != null);
        var ids = await Sort(context, valued, query, withoutEmpty: true).Skip(query.Offset).Take(query.Limit).Select(t => t.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (ids.Count == query.Limit)
        {
            return ids;
        }

        var withValue = ids.Count > 0 ? query.Offset + ids.Count : await valued.CountAsync(cancellationToken).ConfigureAwait(false);
        var empty = filtered.Where(t => EF.Property<object?>(t, column) == null);
        var byId = query.Descending ? empty.OrderByDescending(t => t.Id) : empty.OrderBy(t => t.Id);
        ids.AddRange(await byId.Skip(Math.Max(0, query.Offset - withValue)).Take(query.Limit - ids.Count).Select(t => t.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false));
        return ids;
    }

    internal static async Task<long> NextSequenceAsync(BenchDbContext context, CancellationToken cancellationToken) =>
        (await context.Tasks.MaxAsync(t => (long?)t.Sequence, cancellationToken).ConfigureAwait(false) ?? 0) + 1;

    private static StoredAttempt ToStoredAttempt(AttemptRow row) => new(
        row.Id,
        row.TaskId,
        row.AttemptNumber,
        row.WorkerId,
        row.StartedUtc,
        row.FinishedUtc,
        row.EndedAs,
        row.FailureClass,
        row.FailureMessage,
        PersistenceJson.Deserialize<List<PipelineStepRecord>>(row.StepsJson, $"steps of attempt {row.AttemptNumber} of task '{row.TaskId}'"),
        PersistenceJson.Deserialize<List<string>>(row.WarningsJson, $"warnings of attempt {row.AttemptNumber} of task '{row.TaskId}'"),
        PersistenceJson.Deserialize<UsageTotals>(row.UsageJson, $"usage of attempt {row.AttemptNumber} of task '{row.TaskId}'"));
}
