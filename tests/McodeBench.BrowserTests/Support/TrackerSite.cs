using McodeBench.Configuration;
using McodeBench.Core.Execution;
using McodeBench.Core.Library;
using McodeBench.Core.Models.RulesBaseline;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence;
using McodeBench.Simulator;
using McodeBench.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace McodeBench.BrowserTests.Support;

/// <summary>
/// The tracker as <c>mcodebench serve</c> builds it, on real Kestrel at a free loopback port, with the real engine over a
/// temporary SQLite database and the bundled samples. <c>simulated-gpt</c> points at a simulator started here with
/// latency, so a run of it stays in flight long enough to be cancelled from the browser.
/// </summary>
public sealed class TrackerSite : IAsyncLifetime
{
    private static readonly TimeSpan SimulatedLatency = TimeSpan.FromSeconds(2);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mcodebench-browser-tests", Guid.NewGuid().ToString("N"));
    private BenchDatabase? database;
    private ModelClientRegistry? clients;
    private SimulatorHost? simulator;
    private BenchmarkEngine? engine;
    private WebApplication? app;
    private Task<string>? finishedRun;

    /// <summary>Where the tracker answers, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1");

    public IBenchmarkEngine Engine => engine ?? throw new InvalidOperationException("The site has not started.");

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(folder);
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(WorkspacePaths.FromSamples(Path.Combine(AppContext.BaseDirectory, "samples")), cancellationToken);
        var workspace = loaded.Workspace ?? throw new InvalidOperationException("The bundled samples did not load: " + string.Join("; ", loaded.Diagnostics));

        var simulated = workspace.Models.Models.Single(m => m.IsSimulated);
        simulator = await SimulatorHost.StartAsync(
            new SimulatorOptions { ModelIds = [simulated.ModelId], Latency = SimulatedLatency },
            new RulesBaselineChatClient(),
            cancellationToken: cancellationToken);
        var models = workspace.Models.Models.Select(m => m.Key == simulated.Key ? m with { Endpoint = simulator.BaseUrl.ToString().TrimEnd('/') } : m);
        workspace = workspace with { Models = new ModelLibrary(models, workspace.Models.DefaultKey, workspace.Models.Version, workspace.Models.Name) };

        database = await BenchDatabase.OpenAsync(DatabaseOptions.For(folder), workerId: "browser-test", cancellationToken: cancellationToken);
        clients = ModelClientRegistry.CreateDefault();
        engine = new BenchmarkEngine(database, workspace, clients, new EngineOptions { GlobalConcurrency = 4 });
        await engine.StartAsync(cancellationToken);

        var started = engine;
        app = TrackerHost.Build(
            new TrackerHostOptions { Urls = "http://127.0.0.1:0", Environment = new ProcessEnvironment(new Dictionary<string, string>(StringComparer.Ordinal), AppContext.BaseDirectory, folder) },
            builder => builder.Services.AddSingleton<IBenchmarkEngine>(started),
            // The configuration page edits library files: give it copies in the temporary folder, never the samples.
            builder => builder.Services.AddSingleton(EditableOptions()));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address);
    }

    private McodeBenchOptions EditableOptions()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var prompts = Path.Combine(folder, "library", "prompts");
        Directory.CreateDirectory(prompts);
        foreach (var file in Directory.GetFiles(Path.Combine(samples, "prompts"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(prompts, Path.GetRelativePath(Path.Combine(samples, "prompts"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var models = Path.Combine(folder, "library", "models.json");
        File.Copy(Path.Combine(samples, "models.json"), models);
        return new McodeBenchOptions
        {
            DataDir = folder,
            PromptLibrary = Path.Combine(prompts, "prompts.json"),
            ModelLibrary = models,
            Trials = [Path.Combine(samples, "trials")],
            Gold = [Path.Combine(samples, "gold")],
            LogFile = Path.Combine(folder, "mcodebench.log"),
        };
    }

    /// <summary>Starts a two-step run of the sample prompts through the engine, as the API would.</summary>
    public async Task<string> StartRunAsync(string name, string model, int trials, int concurrency = 4, int repeats = 1)
    {
        var started = await Engine.StartRunAsync(
            new RunSpec
            {
                Name = name,
                PromptKeys = ["extract-structured", "extract-concise", "map-coded"],
                ModelKeys = [model],
                TrialIds = Enumerable.Range(1, trials).Select(i => FormattableString.Invariant($"NCT9900000{i}")).ToList(),
                Concurrency = concurrency,
                Repeats = repeats,
            },
            TestContext.Current.CancellationToken);
        return started.RunId;
    }

    /// <summary>
    /// One finished rules-baseline run (two extraction prompts × one mapping prompt × three trials), shared by the
    /// tests that only read results, so it is computed once.
    /// </summary>
    public Task<string> FinishedRunAsync()
    {
        lock (folder)
        {
            return finishedRun ??= StartAndFinishAsync();
        }

        async Task<string> StartAndFinishAsync()
        {
            var runId = await StartRunAsync("browser results", "rules-baseline", trials: 3);
            await WaitUntilFinishedAsync(runId);
            return runId;
        }
    }

    public async Task WaitUntilFinishedAsync(string runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var progress = await Engine.GetProgressAsync(runId, CancellationToken.None);
            if (progress.Done == progress.Total)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Run {runId} did not finish within a minute: {progress.Done} of {progress.Total} tasks done.");
            await Task.Delay(100, CancellationToken.None);
        }
    }

    /// <summary>An absolute address on the site.</summary>
    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }

        if (engine is not null)
        {
            await engine.DisposeAsync();
        }

        clients?.Dispose();
        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection; the temporary folder is cleaned by the system.
        }
    }
}
