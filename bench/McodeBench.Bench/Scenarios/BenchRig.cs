using System.Globalization;
using McodeBench.Bench.Sessions;
using McodeBench.Bench.Simulation;
using McodeBench.Core.Execution;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Orchestration;

namespace McodeBench.Bench.Scenarios;

/// <summary>
/// A simulator child process and an engine session wired to it. One concurrency figure is applied to every limit
/// that could otherwise bind first (EngineOptions.GlobalConcurrency, RunSpec.Concurrency, the model's MaxConcurrency),
/// so the scenario measures the engine at that concurrency rather than whichever default is smallest.
/// </summary>
internal sealed class BenchRig : IAsyncDisposable
{
    private BenchRig(SimulatorChild simulator, BenchmarkWorkspace workspace, EngineSession session, EngineOptions options, int concurrency, int? requestsPerMinute, string mode)
    {
        Simulator = simulator;
        Workspace = workspace;
        Session = session;
        Options = options;
        Concurrency = concurrency;
        RequestsPerMinute = requestsPerMinute;
        Mode = mode;
    }

    public SimulatorChild Simulator { get; }

    public BenchmarkWorkspace Workspace { get; }

    public EngineSession Session { get; }

    public EngineOptions Options { get; }

    public int Concurrency { get; }

    public int? RequestsPerMinute { get; }

    public string Mode { get; }

    public static async Task<BenchRig> StartAsync(
        BenchSettings settings, SimulatorSettings simulatorSettings, int concurrency, bool logEveryTask, int? requestsPerMinute, CancellationToken cancellationToken)
    {
        concurrency = settings.Concurrency ?? concurrency;
        var simulator = await SimulatorChild.StartAsync(simulatorSettings, cancellationToken);
        try
        {
            var workspace = await BenchWorkspace.LoadAsync(simulator.BaseUrl, concurrency, requestsPerMinute, cancellationToken);
            var options = new EngineOptions
            {
                GlobalConcurrency = concurrency,
                LogEveryTask = settings.LogEveryTask ?? logEveryTask,
                SupervisorInterval = TimeSpan.FromMilliseconds(250),
            };
            var session = await EngineSession.StartAsync(workspace, options, settings.Hosted, settings.Postgres, settings.CacheMemoryMb, cancellationToken);
            return new BenchRig(simulator, workspace, session, options, concurrency, requestsPerMinute, settings.Mode);
        }
        catch
        {
            await simulator.DisposeAsync();
            throw;
        }
    }

    public RunSpec Spec(string name, int tasks) => BenchWorkspace.Spec(name, tasks, Concurrency, Workspace.Trials.Count);

    public string Describe(RunSpec spec) => string.Create(
        CultureInfo.InvariantCulture,
        $"{spec.Repeats * Workspace.Trials.Count:#,0} two-step tasks ({Workspace.Trials.Count} sample trials × {spec.Repeats} repeats), scored and stored in {(Session.Database.Options.Provider == McodeBench.Engine.Persistence.DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL")} with the database response cache (memory front {Session.Database.Options.ResponseCacheMemoryBytes / 1048576:#,0} MB); " +
        $"concurrency {Concurrency} (global, run and model); LogEveryTask {Options.LogEveryTask}; QueueWindow {Options.QueueWindow:#,0}; model requests/minute {RequestsPerMinute?.ToString("#,0", CultureInfo.InvariantCulture) ?? "none"}; " +
        $"simulator child process: {Simulator.Settings}; engine {Mode}.");

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
