using McodeBench.Core.Execution;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Runs;
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

    public static async Task<EngineFixture> StartAsync(
        TestDatabaseKind kind, CancellationToken cancellationToken, BenchmarkWorkspace? workspace = null, EngineOptions? options = null, string workerId = "engine-test")
    {
        var fixture = new EngineFixture { database = await TestDatabase.CreateAsync(kind, cancellationToken) };
        fixture.Database = await fixture.database.OpenAsync(TimeProvider.System, workerId, cancellationToken);
        fixture.clients = ModelClientRegistry.CreateDefault(fixture.Database.CreateResponseCacheStore());
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
