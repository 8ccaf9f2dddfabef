using McodeBench.Engine.Persistence.Caching;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Engine.Persistence.Rescoring;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Engine.Persistence.Writing;
using Microsoft.Extensions.Logging;

namespace McodeBench.Engine.Persistence;

/// <summary>
/// The engine's database, opened: migrated to this build's schema, with its single writer and the repositories
/// over it. Dispose it to commit every queued write before the process ends.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly TimeProvider clock;

    private BenchDatabase(BenchDbContextFactory contexts, string workerId, TimeProvider clock, ILoggerFactory? loggerFactory, IReadOnlyList<string> appliedMigrations)
    {
        this.clock = clock;
        Contexts = contexts;
        AppliedMigrations = appliedMigrations;
        Writer = new BatchedDatabaseWriter(contexts, loggerFactory?.CreateLogger<BatchedDatabaseWriter>());
        Runs = new RunRepository(contexts, Writer, clock);
        Tasks = new TaskRepository(contexts, Writer, workerId, clock);
        Events = new EventLogRepository(contexts, Writer, clock);
        Rescoring = new RescoringRepository(contexts, Writer, clock);
    }

    public DatabaseOptions Options => Contexts.Options;

    public BenchDbContextFactory Contexts { get; }

    public BatchedDatabaseWriter Writer { get; }

    public RunRepository Runs { get; }

    public TaskRepository Tasks { get; }

    public EventLogRepository Events { get; }

    /// <summary>Rescoring a run from its stored predictions, and the scores it replaced.</summary>
    public RescoringRepository Rescoring { get; }

    /// <summary>The migrations this open applied (empty when the schema was already current).</summary>
    public IReadOnlyList<string> AppliedMigrations { get; }

    /// <summary>Opens (creating and migrating as needed) the database <paramref name="options"/> names.</summary>
    /// <param name="workerId">This process's name on claimed tasks; defaults to host name and process id.</param>
    /// <exception cref="DatabaseUnavailableException">The database cannot be opened or migrated.</exception>
    public static async Task<BenchDatabase> OpenAsync(
        DatabaseOptions options,
        TimeProvider? timeProvider = null,
        string? workerId = null,
        ILoggerFactory? loggerFactory = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var contexts = new BenchDbContextFactory(options);
        var applied = await new DatabaseMigrator(contexts).MigrateAsync(cancellationToken).ConfigureAwait(false);
        return new BenchDatabase(
            contexts,
            string.IsNullOrWhiteSpace(workerId) ? $"{Environment.MachineName}:{Environment.ProcessId}" : workerId,
            timeProvider ?? TimeProvider.System,
            loggerFactory,
            applied);
    }

    /// <summary>A response cache over this database (each instance counts its own hits and misses).</summary>
    public EfResponseCacheStore CreateResponseCacheStore() => new(Contexts, Writer, clock);

    /// <summary>Commits every queued write, then closes the pooled connections.</summary>
    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync().ConfigureAwait(false);
        Contexts.ReleasePooledConnections();
    }
}
