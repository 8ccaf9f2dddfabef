using System.Collections.ObjectModel;
using McodeBench.Core.Library;
using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Scheduling;

/// <summary>
/// The queue every active run feeds: highest priority first, FIFO within a priority (by enqueue sequence), under a global
/// concurrency limit, per-run limits and per-model concurrency and request-rate limits that back off after 429s.
/// A task whose run or model is at its limit never blocks tasks of other lanes behind it. Thread-safe; see
/// docs/scheduling.md for the design, invariants and complexity.
/// </summary>
public sealed class BenchmarkScheduler
{
    private static readonly TaskPriority[] HighestFirst = [TaskPriority.Critical, TaskPriority.High, TaskPriority.Normal, TaskPriority.Low];

    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly SchedulerOptions options;
    private readonly Dictionary<string, QueueEntry> queued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SchedulerLease> inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<LaneKey, Lane> lanes = [];

    // Per priority, the non-empty lanes ordered by their oldest entry: the first lane whose gates are open holds the
    // next task of that priority.
    private readonly SortedSet<Lane>[] lanesByHead;
    private readonly int[] queuedByPriority;
    private readonly Dictionary<string, ModelGate> models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunGate> runs = new(StringComparer.Ordinal);
    private TaskCompletionSource changed = NewSignal();
    private long nextSequence;
    private int nextLaneId;
    private int globalConcurrency;

    public BenchmarkScheduler(TimeProvider timeProvider, SchedulerOptions? options = null)
    {
        time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        this.options = options ?? new SchedulerOptions();
        this.options.Validate();
        globalConcurrency = this.options.GlobalConcurrency;
        var priorities = HighestFirst.Max(p => (int)p) + 1;
        lanesByHead = Enumerable.Range(0, priorities).Select(_ => new SortedSet<Lane>(Lane.ByHead)).ToArray();
        queuedByPriority = new int[priorities];
    }

    public int GlobalConcurrency
    {
        get
        {
            lock (gate)
            {
                return globalConcurrency;
            }
        }
    }

    /// <summary>
    /// Changes the global limit while tasks run. Raising it lets waiting tasks start at once; lowering it cancels
    /// nothing: running tasks finish and no task starts until fewer than <paramref name="limit"/> are in flight.
    /// </summary>
    public void SetGlobalConcurrency(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        lock (gate)
        {
            globalConcurrency = limit;
            Pulse();
        }
    }

    /// <summary>Sets (or changes, live) a model's limits. Its backoff state is kept.</summary>
    public void ConfigureModel(string modelKey, ModelLimits limits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelKey);
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate(modelKey, nameof(limits));
        lock (gate)
        {
            if (models.TryGetValue(modelKey, out var model))
            {
                model.Limits = limits;
            }
            else
            {
                models.Add(modelKey, new ModelGate(modelKey, limits));
            }

            Pulse();
        }
    }

    public void ConfigureModels(IEnumerable<ModelDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        foreach (var model in definitions)
        {
            ConfigureModel(model.Key, ModelLimits.FromDefinition(model));
        }
    }

    /// <summary>Sets (or changes, live) a run's limits. A run never configured has no run limit and no overrides.</summary>
    public void ConfigureRun(string runId, RunLimits limits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentNullException.ThrowIfNull(limits);
        var normalised = limits.Normalised(runId, nameof(limits));
        lock (gate)
        {
            RunGateOf(runId).Limits = normalised;
            Pulse();
        }
    }

    /// <summary>Queues <paramref name="items"/> in the order given, behind everything already queued at their priority.</summary>
    /// <exception cref="InvalidOperationException">
    /// A task is already queued or in flight, appears twice, or names a model without limits; nothing is queued then.
    /// </exception>
    public void Enqueue(IEnumerable<ScheduledItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var batch = items.ToList();
        lock (gate)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in batch)
            {
                ArgumentNullException.ThrowIfNull(item, nameof(items));
                if (!seen.Add(item.TaskId) || queued.ContainsKey(item.TaskId) || inFlight.ContainsKey(item.TaskId))
                {
                    throw new InvalidOperationException($"Task '{item.TaskId}' is already {(inFlight.ContainsKey(item.TaskId) ? "running" : "queued")}; a task is scheduled once at a time. Nothing from this batch was queued.");
                }

                if (!models.ContainsKey(item.ModelKey))
                {
                    throw new InvalidOperationException($"Task '{item.TaskId}' needs model '{item.ModelKey}', which has no limits in the scheduler; call ConfigureModel (or ConfigureModels with the model library) first. Nothing from this batch was queued.");
                }
            }

            foreach (var item in batch)
            {
                Insert(new QueueEntry(item, ++nextSequence));
                models[item.ModelKey].Queued++;
                RunGateOf(item.RunId);
            }

            if (batch.Count > 0)
            {
                Pulse();
            }
        }
    }

    public void Enqueue(params ScheduledItem[] items) => Enqueue((IEnumerable<ScheduledItem>)items);

    /// <summary>
    /// Queues those of <paramref name="items"/> not already queued or in flight, in the order given, and returns how
    /// many. For callers that may race to queue the same task: the engine's feeder, which queues what the database
    /// shows as Queued, and the controls, which store tasks as Queued before they queue them. Either way the task is
    /// scheduled once, and whoever runs it claims it only if the database still shows it Queued.
    /// </summary>
    /// <exception cref="InvalidOperationException">An item names a model without limits; nothing is queued then.</exception>
    public int EnqueueUnscheduled(IEnumerable<ScheduledItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var batch = items.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        lock (gate)
        {
            var fresh = new List<ScheduledItem>();
            foreach (var item in batch)
            {
                ArgumentNullException.ThrowIfNull(item, nameof(items));
                if (seen.Add(item.TaskId) && !queued.ContainsKey(item.TaskId) && !inFlight.ContainsKey(item.TaskId))
                {
                    fresh.Add(item);
                }
            }

            // The lock is re-entrant: nothing can be queued or dispatched between the check and the enqueue.
            Enqueue(fresh);
            return fresh.Count;
        }
    }

    /// <summary>Takes the next task whose gates are all open, if any.</summary>
    public bool TryDequeue(out SchedulerLease lease)
    {
        lock (gate)
        {
            return TryDequeueLocked(out lease!, out _);
        }
    }

    /// <summary>
    /// Waits until a task can start and returns its lease. Wakes when tasks are queued, leases complete or limits change,
    /// and by itself when a rate limit or Retry-After pause ends.
    /// </summary>
    public async Task<SchedulerLease> WaitForNextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Task signal;
            TimeSpan? wait = null;
            lock (gate)
            {
                if (TryDequeueLocked(out var lease, out var opensAt))
                {
                    return lease!;
                }

                signal = changed.Task;
                if (opensAt is { } when)
                {
                    wait = when - time.GetUtcNow();
                }
            }

            if (wait is null)
            {
                await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(wait.Value > TimeSpan.Zero ? wait.Value : TimeSpan.Zero, time, stopDelay.Token);
            await Task.WhenAny(signal, delay).ConfigureAwait(false);
            await stopDelay.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Takes a queued task out of the queue; false when it is not queued (running, finished or unknown).</summary>
    public bool Remove(string taskId)
    {
        ArgumentNullException.ThrowIfNull(taskId);
        lock (gate)
        {
            if (!queued.TryGetValue(taskId, out var entry))
            {
                return false;
            }

            Extract(entry);
            models[entry.Item.ModelKey].Queued--;
            return true;
        }
    }

    /// <summary>
    /// Moves a queued task to another priority, keeping its enqueue sequence: among its new peers it takes the place its
    /// age gives it. False when the task is not queued.
    /// </summary>
    public bool ChangePriority(string taskId, TaskPriority priority)
    {
        ArgumentNullException.ThrowIfNull(taskId);
        if (!Enum.IsDefined(priority))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "Use Low, Normal, High or Critical.");
        }

        lock (gate)
        {
            if (!queued.TryGetValue(taskId, out var entry))
            {
                return false;
            }

            if (entry.Item.Priority != priority)
            {
                Extract(entry);
                Insert(new QueueEntry(entry.Item with { Priority = priority }, entry.Sequence));
            }

            return true;
        }
    }

    public bool IsQueued(string taskId)
    {
        lock (gate)
        {
            return queued.ContainsKey(taskId);
        }
    }

    public bool IsInFlight(string taskId)
    {
        lock (gate)
        {
            return inFlight.ContainsKey(taskId);
        }
    }

    /// <summary>
    /// Cancels the token of a task in flight (cooperative: the executor stops and ends the task Cancelled, then
    /// completes the lease). False when the task is not in flight.
    /// </summary>
    public bool CancelInFlight(string taskId, string? reason = null)
    {
        SchedulerLease? lease;
        lock (gate)
        {
            if (!inFlight.TryGetValue(taskId, out lease))
            {
                return false;
            }
        }

        // Outside the lock: cancellation callbacks run synchronously and must not run under the scheduler's lock.
        lease.RequestCancel(reason);
        return true;
    }

    public SchedulerCounters GetCounters()
    {
        lock (gate)
        {
            var byPriority = HighestFirst.ToDictionary(p => p, p => queuedByPriority[(int)p]);
            var now = time.GetUtcNow();
            var modelRows = models.Values
                .OrderBy(m => m.Key, StringComparer.Ordinal)
                .Select(m => new ModelSchedulerCounters(
                    m.Key,
                    m.Queued,
                    m.InFlight,
                    m.Limits.MaxConcurrency,
                    m.ConcurrencyWindow is { } w ? Math.Max(1, (int)Math.Floor(w)) : null,
                    m.Limits.RequestsPerMinute,
                    m.EffectiveRequestsPerMinute(m.Limits.RequestsPerMinute),
                    m.PausedUntil > now ? m.PausedUntil : null,
                    m.RateLimitReports))
                .ToList();
            return new SchedulerCounters(globalConcurrency, inFlight.Count, queued.Count, new ReadOnlyDictionary<TaskPriority, int>(byPriority), modelRows.AsReadOnly());
        }
    }

    internal void Complete(SchedulerLease lease, LeaseOutcome outcome)
    {
        lock (gate)
        {
            if (lease.IsCompleted)
            {
                throw new InvalidOperationException($"The lease of task '{lease.TaskId}' was already completed; complete a lease once.");
            }

            var model = models[lease.Item.ModelKey];
            switch (outcome.Kind)
            {
                case LeaseOutcomeKind.Succeeded:
                    model.Succeeded(lease.ConcurrencyLimit, lease.RequestsPerMinute);
                    break;
                case LeaseOutcomeKind.RateLimited:
                    model.RateLimited(lease.DispatchNumber, PauseFor(outcome.RetryAfter), time.GetUtcNow(), options.MinimumRateFactor);
                    break;
                case LeaseOutcomeKind.Failed:
                case LeaseOutcomeKind.Cancelled:
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(outcome), outcome.Kind, "Unknown lease outcome.");
            }

            Release(lease, model);
        }
    }

    internal void ReportRateLimited(SchedulerLease lease, TimeSpan? retryAfter)
    {
        lock (gate)
        {
            if (lease.IsCompleted)
            {
                throw new InvalidOperationException($"The lease of task '{lease.TaskId}' is completed; report a 429 before completing it.");
            }

            models[lease.Item.ModelKey].RateLimited(lease.DispatchNumber, PauseFor(retryAfter), time.GetUtcNow(), options.MinimumRateFactor);
        }
    }

    internal void Abandon(SchedulerLease lease)
    {
        lock (gate)
        {
            if (!lease.IsCompleted)
            {
                Release(lease, models[lease.Item.ModelKey]);
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private bool TryDequeueLocked(out SchedulerLease? lease, out DateTimeOffset? opensAt)
    {
        lease = null;
        opensAt = null;
        if (inFlight.Count >= globalConcurrency || queued.Count == 0)
        {
            return false;
        }

        var now = time.GetUtcNow();
        foreach (var priority in HighestFirst)
        {
            foreach (var lane in lanesByHead[(int)priority])
            {
                var run = runs[lane.Key.RunId];
                if (run.IsFull)
                {
                    continue;
                }

                var model = models[lane.Key.ModelKey];
                var concurrency = run.ConcurrencyFor(model);
                var rpm = run.RequestsPerMinuteFor(model);
                var admission = model.Admit(concurrency, rpm, now);
                if (!admission.IsOpen)
                {
                    if (admission.OpensAt is { } when && (opensAt is null || when < opensAt))
                    {
                        opensAt = when;
                    }

                    continue;
                }

                // Found: leave the enumeration before changing the set it walks.
                var entry = lane.PeekHead();
                Extract(entry);
                model.Queued--;
                var dispatchNumber = model.Dispatch(entry.Item.Calls, rpm, now);
                run.InFlight++;
                lease = new SchedulerLease(this, entry.Item, entry.Sequence, dispatchNumber, concurrency, rpm, now);
                inFlight.Add(entry.Item.TaskId, lease);
                return true;
            }
        }

        return false;
    }

    private void Release(SchedulerLease lease, ModelGate model)
    {
        lease.IsCompleted = true;
        inFlight.Remove(lease.TaskId);
        model.Release();
        runs[lease.Item.RunId].InFlight--;
        Pulse();
    }

    private void Insert(QueueEntry entry)
    {
        var key = entry.Lane;
        if (!lanes.TryGetValue(key, out var lane))
        {
            lane = new Lane(key, ++nextLaneId);
            lanes.Add(key, lane);
        }

        var ordered = lanesByHead[(int)key.Priority];
        if (lane.Count > 0)
        {
            ordered.Remove(lane);
        }

        lane.Add(entry);
        ordered.Add(lane);
        queued.Add(entry.Item.TaskId, entry);
        queuedByPriority[(int)key.Priority]++;
    }

    private void Extract(QueueEntry entry)
    {
        var key = entry.Lane;
        var lane = lanes[key];
        var ordered = lanesByHead[(int)key.Priority];
        ordered.Remove(lane);
        lane.Remove(entry);
        if (lane.Count > 0)
        {
            ordered.Add(lane);
        }
        else
        {
            // Empty lanes are dropped so memory follows what is queued, not every (run, model, priority) ever seen.
            lanes.Remove(key);
        }

        queued.Remove(entry.Item.TaskId);
        queuedByPriority[(int)key.Priority]--;
    }

    private RunGate RunGateOf(string runId)
    {
        if (!runs.TryGetValue(runId, out var run))
        {
            run = new RunGate(RunLimits.None);
            runs.Add(runId, run);
        }

        return run;
    }

    private TimeSpan PauseFor(TimeSpan? retryAfter)
    {
        var pause = retryAfter ?? options.DefaultRetryAfter;
        return pause < TimeSpan.Zero ? TimeSpan.Zero : pause > options.MaxRetryAfter ? options.MaxRetryAfter : pause;
    }

    private void Pulse()
    {
        var previous = changed;
        changed = NewSignal();
        previous.TrySetResult();
    }
}
