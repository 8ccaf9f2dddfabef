using McodeBench.Core.Tasks;

namespace McodeBench.Engine.Controls;

/// <summary>An <see cref="IRunControlStore"/> in memory, for tests and in-process runs without a database. Thread-safe.</summary>
public sealed class InMemoryRunControlStore : IRunControlStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, RunControlState> runs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<BenchmarkTask>> tasksByRun = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BenchmarkTask> tasks = new(StringComparer.Ordinal);

    /// <summary>How many times <see cref="SaveAsync"/> was called.</summary>
    public int Saves { get; private set; }

    /// <summary>Adds a run and its tasks (in run order).</summary>
    public void Add(RunControlState run, IEnumerable<BenchmarkTask> runTasks)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(runTasks);
        var list = runTasks.ToList();
        lock (gate)
        {
            if (runs.ContainsKey(run.RunId))
            {
                throw new InvalidOperationException($"Run '{run.RunId}' is already stored.");
            }

            foreach (var task in list)
            {
                if (task.RunId != run.RunId)
                {
                    throw new ArgumentException($"Task '{task.Id}' belongs to run '{task.RunId}', not '{run.RunId}'.", nameof(runTasks));
                }

                if (tasks.ContainsKey(task.Id))
                {
                    throw new ArgumentException($"Task '{task.Id}' is already stored.", nameof(runTasks));
                }
            }

            runs.Add(run.RunId, run);
            tasksByRun.Add(run.RunId, list);
            foreach (var task in list)
            {
                tasks.Add(task.Id, task);
            }
        }
    }

    public Task<RunControlState?> FindRunAsync(string runId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(runs.GetValueOrDefault(runId));
        }
    }

    public Task<BenchmarkTask?> FindTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(tasks.GetValueOrDefault(taskId));
        }
    }

    public Task<IReadOnlyList<BenchmarkTask>> GetTasksAsync(string runId, IReadOnlyCollection<TrackedTaskStatus> statuses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        lock (gate)
        {
            IReadOnlyList<BenchmarkTask> found = tasksByRun.TryGetValue(runId, out var list)
                ? list.Where(t => statuses.Contains(t.Status)).ToList().AsReadOnly()
                : [];
            return Task.FromResult(found);
        }
    }

    public Task SaveAsync(RunControlState? run, IReadOnlyCollection<BenchmarkTask> tasks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (run is not null)
            {
                if (!runs.ContainsKey(run.RunId))
                {
                    throw new InvalidOperationException($"Run '{run.RunId}' is not stored; add it before saving it.");
                }

                runs[run.RunId] = run;
            }

            // The tasks are the stored objects themselves, already changed in place; saving only has to count.
            Saves++;
        }

        return Task.CompletedTask;
    }
}
