using McodeBench.Bench.Measuring;
using McodeBench.Bench.Reporting;
using McodeBench.Bench.Sessions;
using McodeBench.Bench.Simulation;
using McodeBench.Core.Execution;
using McodeBench.Core.Models.Caching;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Admission;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Orchestration;

namespace McodeBench.Bench.Scenarios;

/// <summary>
/// Where a task's time goes, without the engine: the same tasks executed by <see cref="TaskExecutor"/> alone (HTTP,
/// parsing and scoring; no database, no scheduler), once against the zero-latency simulator and once from a warm
/// in-memory response cache (parsing and scoring only). Compared with the throughput scenario, the differences are
/// the cost of HTTP (both processes) and of the engine (queue, claims, SQLite writes, database cache).
/// </summary>
internal sealed class BreakdownScenario : IBenchScenario
{
    public string Name => "breakdown";

    public string Summary => "TaskExecutor alone (no engine, no database): with HTTP, and from a warm in-memory cache";

    public async Task<ScenarioResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        var concurrency = settings.Concurrency ?? 32;
        await using var simulator = await SimulatorChild.StartAsync(SimulatorSettings.Instant, cancellationToken);
        var workspace = await BenchWorkspace.LoadAsync(simulator.BaseUrl, concurrency, null, cancellationToken);
        var spec = BenchWorkspace.Spec("bench-breakdown", settings.Tasks ?? 4_000, concurrency, workspace.Trials.Count);
        var tasks = MatrixExpansion.Expand(spec, new RunAdmission(workspace).Check(spec).Selection, "breakdown", DateTime.UtcNow);
        using var clients = ModelClientRegistry.CreateDefault(new InMemoryResponseCacheStore());
        var executor = new TaskExecutor(workspace, clients);

        await ExecuteAllAsync(executor, tasks.Take(200).ToList(), concurrency, cancellationToken);
        var cold = await MeasureAsync(simulator, executor, tasks.Skip(200).ToList(), concurrency, cancellationToken);
        var warm = await MeasureAsync(simulator, executor, tasks.Skip(200).ToList(), concurrency, cancellationToken);
        Figure[] figures =
        [
            new("executor with HTTP: throughput", cold.Count / cold.Wall.TotalSeconds, "tasks/s"),
            new("executor with HTTP: engine-process CPU", cold.Engine.TotalMilliseconds / cold.Count, "ms/task"),
            new("executor with HTTP: simulator-process CPU", cold.Simulator.TotalMilliseconds / cold.Count, "ms/task"),
            new("executor from warm memory cache: throughput", warm.Count / warm.Wall.TotalSeconds, "tasks/s"),
            new("executor from warm memory cache: CPU", warm.Engine.TotalMilliseconds / warm.Count, "ms/task"),
            new("HTTP requests, with-HTTP pass", cold.Requests, "requests"),
            new("HTTP requests, warm-cache pass", warm.Requests, "requests"),
        ];
        var setup = $"{tasks.Count - 200:#,0} two-step tasks (after 200 to warm up) executed by TaskExecutor with {concurrency} at a time; in-memory response cache; simulator child process: {simulator.Settings}.";
        return new ScenarioResult(Name, "direct", setup, figures, [], null);
    }

    private static async Task<(int Count, TimeSpan Wall, TimeSpan Engine, TimeSpan Simulator, long Requests)> MeasureAsync(
        SimulatorChild simulator, TaskExecutor executor, List<BenchmarkTask> tasks, int concurrency, CancellationToken cancellationToken)
    {
        var before = (await simulator.CountersAsync(cancellationToken)).Requests;
        var cpu = new CpuMeter(simulator);
        var failures = await ExecuteAllAsync(executor, tasks, concurrency, cancellationToken);
        var used = cpu.Read();
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} task(s) failed in the breakdown; the figures would not be comparable.");
        }

        return (tasks.Count, used.Wall, used.Engine, used.Simulator, (await simulator.CountersAsync(cancellationToken)).Requests - before);
    }

    private static async Task<int> ExecuteAllAsync(TaskExecutor executor, IReadOnlyList<BenchmarkTask> tasks, int concurrency, CancellationToken cancellationToken)
    {
        var failures = 0;
        await Parallel.ForEachAsync(tasks, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (task, token) =>
        {
            var execution = await executor.ExecuteAsync(task, token);
            if (execution.Failure is not null)
            {
                Interlocked.Increment(ref failures);
            }
        });
        return failures;
    }
}
