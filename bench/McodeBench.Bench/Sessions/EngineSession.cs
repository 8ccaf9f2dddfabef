using System.Diagnostics;
using McodeBench.Core.Execution;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Hosting;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Caching;
using McodeBench.Engine.Persistence.Runs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace McodeBench.Bench.Sessions;

/// <summary>
/// An engine over a fresh SQLite database in a temporary folder, with the database response cache, started either
/// directly (tasks run on the engine's own runner) or in a generic host with <see cref="EngineHostingExtensions.AddBenchmarkEngine"/>
/// (tasks go through the in-process Orleans silo's executor grain), as the product runs it.
/// </summary>
internal sealed class EngineSession : IAsyncDisposable
{
    private readonly string folder;
    private readonly ModelClientRegistry clients;
    private readonly IHost? host;

    private EngineSession(string folder, BenchDatabase database, EfResponseCacheStore cache, ModelClientRegistry clients, BenchmarkEngine engine, IHost? host)
    {
        this.folder = folder;
        Database = database;
        Cache = cache;
        this.clients = clients;
        Engine = engine;
        this.host = host;
    }

    public BenchDatabase Database { get; }

    public BenchmarkEngine Engine { get; }

    /// <summary>The database response cache every model call goes through (it counts its own hits and misses).</summary>
    public EfResponseCacheStore Cache { get; }

    /// <summary>Tasks the engine's runner finished (completed, failed or cancelled) since it started; cheap, in memory.</summary>
    public int Finished => (int)Engine.Runner.Finished.Where(p => p.Key is "Completed" or "Failed" or "Cancelled").Sum(p => p.Value);

    public string DatabaseFile => Database.Options.SqlitePath;

    public static async Task<EngineSession> StartAsync(BenchmarkWorkspace workspace, EngineOptions options, bool hosted, string? postgres, int? cacheMemoryMb, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "mcodebench-bench", Guid.NewGuid().ToString("N"));
        var databaseOptions = DatabaseOptions.For(folder, postgres);
        var database = await BenchDatabase.OpenAsync(cacheMemoryMb is { } mb ? databaseOptions.WithResponseCacheMemoryMb(mb) : databaseOptions, workerId: "bench", cancellationToken: cancellationToken);
        var cache = database.CreateResponseCacheStore();
        var clients = ModelClientRegistry.CreateDefault(cache);
        if (!hosted)
        {
            var engine = new BenchmarkEngine(database, workspace, clients, options);
            await engine.StartAsync(cancellationToken);
            return new EngineSession(folder, database, cache, clients, engine, null);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.AddBenchmarkEngine(_ => new BenchmarkEngine(database, workspace, clients, options));
        var app = builder.Build();
        await app.StartAsync(cancellationToken);
        return new EngineSession(folder, database, cache, clients, app.Services.GetRequiredService<BenchmarkEngine>(), app);
    }

    /// <summary>Starts a run and waits until every task is finished in the database, then until the run is Completed.</summary>
    public async Task<RunOutcome> RunAsync(RunSpec spec, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var finishedBefore = Finished;
        var clock = Stopwatch.StartNew();
        var started = await Engine.StartRunAsync(spec, cancellationToken);
        var admission = clock.Elapsed;

        // The runner's in-memory count (a task counts once its result is committed) is watched instead of the
        // database, so waiting costs the engine nothing; the database then confirms.
        while (Finished - finishedBefore < started.TaskCount && clock.Elapsed < timeout)
        {
            await Task.Delay(20, cancellationToken);
        }

        var allDone = clock.Elapsed;
        while (true)
        {
            var progress = await Engine.GetProgressAsync(started.RunId, cancellationToken);
            if (progress.Status is RunStatus.Completed or RunStatus.Cancelled)
            {
                return new RunOutcome(started.RunId, started.TaskCount, admission, allDone, clock.Elapsed, progress.Counts);
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Run '{started.RunId}' did not complete within {timeout}: {progress.Done}/{progress.Total} done, status {progress.Status}.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
        }
        else
        {
            await Engine.DisposeAsync();
        }

        clients.Dispose();
        await Database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
