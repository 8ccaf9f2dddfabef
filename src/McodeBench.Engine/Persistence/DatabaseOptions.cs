namespace McodeBench.Engine.Persistence;

/// <summary>
/// Where the engine keeps its data. Without <see cref="PostgresConnectionString"/> the database is the SQLite file
/// <see cref="SqliteFileName"/> in <see cref="DataDirectory"/>; with one it is that PostgreSQL database.
/// </summary>
public sealed record DatabaseOptions
{
    public const string DefaultDataDirectory = "./.mcodebench";

    public string DataDirectory { get; init; } = DefaultDataDirectory;

    /// <summary>An Npgsql connection string (<c>Host=...;Database=...;Username=...</c>); null means SQLite.</summary>
    public string? PostgresConnectionString { get; init; }

    public string SqliteFileName { get; init; } = "mcodebench.db";

    /// <summary>How long a command waits for a lock another process holds (SQLite) or for the server, before failing.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most writes committed in one transaction by the write queue.</summary>
    public int WriteBatchSize { get; init; } = 512;

    /// <summary>Writes waiting in the queue before callers are made to wait (backpressure).</summary>
    public int WriteQueueCapacity { get; init; } = 16_384;

    /// <summary>The default <see cref="ResponseCacheMemoryBytes"/>, in megabytes.</summary>
    public const int DefaultResponseCacheMemoryMb = 64;

    private const long Megabyte = 1024 * 1024;

    /// <summary>
    /// Memory (bytes, of compressed answers) the response cache may keep in this process in front of the database, so
    /// repeated lookups (a warm rerun) skip the database; least recently used entries go first. 64 MB holds about
    /// 40,000 answers of the sample's size. 0 turns the front off.
    /// </summary>
    public long ResponseCacheMemoryBytes { get; init; } = DefaultResponseCacheMemoryMb * Megabyte;

    /// <summary>These options with <see cref="ResponseCacheMemoryBytes"/> set in megabytes (0 turns the front off).</summary>
    public DatabaseOptions WithResponseCacheMemoryMb(int megabytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(megabytes);
        return this with { ResponseCacheMemoryBytes = megabytes * Megabyte };
    }

    public DatabaseProvider Provider => string.IsNullOrWhiteSpace(PostgresConnectionString) ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    public string SqlitePath => Path.GetFullPath(Path.Combine(DataDirectory, SqliteFileName));

    /// <summary>Options for a connection string, or for the data directory when it is null or empty.</summary>
    public static DatabaseOptions For(string dataDirectory, string? postgresConnectionString = null) =>
        new() { DataDirectory = dataDirectory, PostgresConnectionString = string.IsNullOrWhiteSpace(postgresConnectionString) ? null : postgresConnectionString };
}
