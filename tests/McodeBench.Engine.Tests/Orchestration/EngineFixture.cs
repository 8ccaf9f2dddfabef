using McodeBench.Core.Execution;
using McodeBench.Core.Models.Pipeline;
using McodeBench.Core.Models.Providers;
using McodeBench.Core.Models.RulesBaseline;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Tests.Persistence.Support;

namespace McodeBench.Engine.Tests.Orchestration;

/// <summary>
/// An engine over a fresh database and the bundled samples, dispatching directly (no silo), started and stopped with
/// the fixture. <see cref="Workspace"/> can be changed before <see cref="StartAsync"/> (e.g. to point a model at a
/// simulator).
/// </summary>
internal sealed class EngineFixture : IAsyncDisposable
{
    private TestDatabase? database;
    private ModelClientRegistry? clients;

    public BenchDatabase Database { get; private set; } = null!;

    public BenchmarkEngine Engine { get; private set; } = null!;

    public static string SamplesFolder
    {
        get
        {
            var folder = AppContext.BaseDirectory;
            while (folder is not null && !File.Exists(Path.Combine(folder, "McodeBench.slnx")))
            {
                folder = Path.GetDirectoryName(folder);
            }

            return Path.Combine(folder ?? throw new InvalidOperationException("The repository root (McodeBench.slnx) was not found above the test binaries."), "samples");
        }
    }

    public static async Task<BenchmarkWorkspace> LoadSamplesAsync(CancellationToken cancellationToken)
    {
        var loaded = await BenchmarkWorkspaceLoader.LoadAsync(WorkspacePaths.FromSamples(SamplesFolder), cancellationToken);
        return loaded.Workspace ?? throw new InvalidOperationException("The samples did not load: " + string.Join("; ", loaded.Diagnostics));
    }

    /// <param name="pipeline">The model middleware's settings (e.g. fewer retries); the response cache is always the database's.</param>
    public static async Task<EngineFixture> StartAsync(
        TestDatabaseKind kind,
        CancellationToken cancellationToken,
        BenchmarkWorkspace? workspace = null,
        EngineOptions? options = null,
        string workerId = "engine-test",
        ModelPipelineOptions? pipeline = null)
    {
        var fixture = new EngineFixture { database = await TestDatabase.CreateAsync(kind, cancellationToken) };
        fixture.Database = await fixture.database.OpenAsync(TimeProvider.System, workerId, cancellationToken);
        fixture.clients = pipeline is null
            ? ModelClientRegistry.CreateDefault(fixture.Database.CreateResponseCacheStore())
            : new ModelClientRegistry(
                new ChatClientFactory(new ChatClientFactoryOptions { RulesBaseline = _ => new RulesBaselineChatClient() }),
                new ModelPipelineBuilder(pipeline with { CacheStore = fixture.Database.CreateResponseCacheStore() }));
        fixture.Engine = new BenchmarkEngine(
            fixture.Database,
            workspace ?? await LoadSamplesAsync(cancellationToken),
            fixture.clients,
            options ?? new EngineOptions { SupervisorInterval = TimeSpan.FromMilliseconds(100) });
        await fixture.Engine.StartAsync(cancellationToken);
        return fixture;
    }

    public static RunSpec Spec(string name = "test", PipelineKind pipeline = PipelineKind.TwoStep, int repeats = 1, string models = "rules-baseline") => new()
    {
        Name = name,
        PromptKeys = pipeline == PipelineKind.TwoStep ? ["extract-structured", "map-coded"] : ["direct-evidence"],
        ModelKeys = [models],
        TrialIds = ["*"],
        Pipeline = pipeline,
        Repeats = repeats,
    };

    /// <summary>Waits until the run reaches <paramref name="status"/> (checked in the database).</summary>
    public async Task<RunProgress> WaitForAsync(string runId, RunStatus status, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var progress = await Engine.GetProgressAsync(runId, cancellationToken);
            if (progress.Status == status)
            {
                return progress;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Run '{runId}' did not reach {status}; it is {progress.Status} with {progress.Done}/{progress.Total} done.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, checking every 25 ms; fails naming <paramref name="what"/> after the timeout.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(25, cancellationToken);
        }
    }

    /// <summary>Every task of the run, in run order, as stored now.</summary>
    public async Task<IReadOnlyList<BenchmarkTask>> TasksAsync(string runId, CancellationToken cancellationToken) =>
        (await Database.Tasks.ListAsync(new TaskQuery { RunId = runId, Limit = 10_000 }, cancellationToken)).Items.Select(stored => stored.Task).ToList();

    /// <summary>How many of the run's tasks have <paramref name="status"/> now.</summary>
    public async Task<int> CountAsync(string runId, TrackedTaskStatus status, CancellationToken cancellationToken) =>
        (await Database.Tasks.CountByStatusAsync(runId, cancellationToken)).TryGetValue(status, out var count) ? count : 0;

    /// <summary>A second connection to the same database, as another process (the CLI controlling a server's run) would open.</summary>
    public Task<BenchDatabase> OpenAnotherAsync(string workerId, CancellationToken cancellationToken) =>
        database!.OpenAsync(TimeProvider.System, workerId, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Engine is not null)
        {
            await Engine.DisposeAsync();
        }

        clients?.Dispose();
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
