using McodeBench.Bench.Sessions;
using McodeBench.Configuration;
using McodeBench.Core.Execution;
using McodeBench.Core.Library;
using McodeBench.Core.Models.RulesBaseline;
using McodeBench.Engine.Hosting;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Caching;
using McodeBench.Simulator;
using McodeBench.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace McodeBench.Bench.Web;

/// <summary>
/// The web tracker as <c>mcodebench serve</c> hosts it (<c>TrackerHost.Build</c>, the engine in the in-process Orleans
/// silo with <c>ServeAllRuns</c>, the built-in simulator in the same process) on real Kestrel at a free loopback port,
/// over a SQLite database in a folder the caller names (a fresh one, or one seeded beforehand).
/// </summary>
internal sealed class TrackerRig : IAsyncDisposable
{
    private readonly BenchDatabase database;
    private readonly ModelClientRegistry clients;
    private readonly SimulatorHost? simulator;
    private readonly WebApplication app;

    private TrackerRig(BenchDatabase database, ModelClientRegistry clients, SimulatorHost? simulator, WebApplication app, Uri baseUrl, EfResponseCacheStore? cache = null)
    {
        this.database = database;
        ResponseCache = cache;
        this.clients = clients;
        this.simulator = simulator;
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The samples' simulated model, pointed at this rig's simulator.</summary>
    public const string ModelKey = "simulated-gpt";

    public Uri BaseUrl { get; }

    public IBenchmarkEngine Engine => app.Services.GetRequiredService<IBenchmarkEngine>();

    public BenchDatabase Database => database;

    /// <summary>The engine's response cache (a started rig's only; an idle rig calls no model).</summary>
    public EfResponseCacheStore? ResponseCache { get; }

    /// <param name="cacheMemoryMb">Replaces the response cache's memory front bound (<c>DatabaseOptions.ResponseCacheMemoryBytes</c>); null keeps the default.</param>
    public static async Task<TrackerRig> StartAsync(string folder, TimeSpan latency, int concurrency, int? cacheMemoryMb, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(WorkspacePaths.FromSamples(RepositoryRoot.Samples), cancellationToken);
        var workspace = loaded.Workspace ?? throw new InvalidOperationException("The samples did not load: " + string.Join("; ", loaded.Diagnostics));
        var simulated = workspace.Models.Get(ModelKey);
        var simulator = await SimulatorHost.StartAsync(
            new SimulatorOptions { ModelIds = [simulated.ModelId], Latency = latency },
            new RulesBaselineChatClient(),
            cancellationToken: cancellationToken);
        var models = workspace.Models.Models.Select(m => m.Key == ModelKey
            ? m with { Endpoint = simulator.BaseUrl.ToString().TrimEnd('/'), MaxConcurrency = concurrency }
            : m);
        workspace = workspace with { Models = new ModelLibrary(models, workspace.Models.DefaultKey, workspace.Models.Version, workspace.Models.Name) };

        var databaseOptions = DatabaseOptions.For(folder);
        var database = await BenchDatabase.OpenAsync(cacheMemoryMb is { } mb ? databaseOptions.WithResponseCacheMemoryMb(mb) : databaseOptions, workerId: "webperf", cancellationToken: cancellationToken);
        var cache = database.CreateResponseCacheStore();
        var clients = ModelClientRegistry.CreateDefault(cache);
        var options = new EngineOptions { ServeAllRuns = true, GlobalConcurrency = concurrency };
        var app = TrackerHost.Build(
            new TrackerHostOptions
            {
                Urls = "http://127.0.0.1:0",
                Environment = new ProcessEnvironment(new Dictionary<string, string>(StringComparer.Ordinal), AppContext.BaseDirectory, folder),
            },
            builder => builder.AddBenchmarkEngine(provider => new BenchmarkEngine(
                database, workspace, clients, options, provider.GetRequiredService<TimeProvider>(), NullLogger<BenchmarkEngine>.Instance)));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TrackerRig(database, clients, simulator, app, new Uri(address), cache);
    }

    /// <summary>
    /// The tracker over an existing database with an engine that is never started: pages read and render exactly as
    /// under <c>serve</c>, but nothing is dispatched, so a seeded database stays as seeded while it is measured.
    /// </summary>
    public static async Task<TrackerRig> StartIdleAsync(string folder, CancellationToken cancellationToken, Func<IBenchmarkEngine, BenchDatabase, IBenchmarkEngine>? wrap = null)
    {
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(WorkspacePaths.FromSamples(RepositoryRoot.Samples), cancellationToken);
        var workspace = loaded.Workspace ?? throw new InvalidOperationException("The samples did not load: " + string.Join("; ", loaded.Diagnostics));
        var database = await BenchDatabase.OpenAsync(DatabaseOptions.For(folder), workerId: "webperf", cancellationToken: cancellationToken);
        if (database.AppliedMigrations.Count > 0)
        {
            // A migration changed the indexes of a database the seed analysed: without statistics for the new indexes
            // next to those of the old, the planner misjudges them, so give it statistics for all, as the seed did.
            var context = database.Contexts.Create();
            await using (context)
            {
                await context.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
            }

            Console.WriteLine($"    migrated ({string.Join(", ", database.AppliedMigrations)}) and analysed {folder}");
        }

        var clients = ModelClientRegistry.CreateDefault();
        var engine = new BenchmarkEngine(database, workspace, clients, new EngineOptions());
        var app = TrackerHost.Build(
            new TrackerHostOptions
            {
                Urls = "http://127.0.0.1:0",
                Environment = new ProcessEnvironment(new Dictionary<string, string>(StringComparer.Ordinal), AppContext.BaseDirectory, folder),
            },
            builder => builder.Services.AddSingleton(wrap is null ? engine : wrap(engine, database)));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TrackerRig(database, clients, null, app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        clients.Dispose();
        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }

        await database.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
