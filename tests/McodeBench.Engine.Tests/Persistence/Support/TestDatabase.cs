using McodeBench.Engine.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace McodeBench.Engine.Tests.Persistence.Support;

/// <summary>
/// A fresh, empty database for one test: a SQLite file in its own temporary folder, or a PostgreSQL database created
/// on the server named by <c>MCODEBENCH_TEST_POSTGRES</c> and dropped afterwards. Without that variable, PostgreSQL
/// tests are skipped with a message saying how to run them.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "MCODEBENCH_TEST_POSTGRES";

    private readonly string? folder;
    private readonly string? adminConnectionString;
    private readonly string? databaseName;

    private TestDatabase(DatabaseOptions options, string? folder, string? adminConnectionString, string? databaseName)
    {
        Options = options;
        this.folder = folder;
        this.adminConnectionString = adminConnectionString;
        this.databaseName = databaseName;
    }

    public DatabaseOptions Options { get; }

    public static async Task<TestDatabase> CreateAsync(TestDatabaseKind kind, CancellationToken cancellationToken)
    {
        if (kind == TestDatabaseKind.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "mcodebench-engine-tests", Guid.NewGuid().ToString("N"));
            return new TestDatabase(DatabaseOptions.For(folder), folder, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Skip($"PostgreSQL tests need {PostgresVariable} set to a connection string of a user allowed to create databases; `.ci/postgres.sh start` starts a local server and prints it.");
        }

        var name = "mcb_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"", cancellationToken);
        var options = DatabaseOptions.For("unused", new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString);
        return new TestDatabase(options, null, admin, name);
    }

    public Task<BenchDatabase> OpenAsync(TimeProvider clock, string workerId = "test-worker", CancellationToken cancellationToken = default) =>
        BenchDatabase.OpenAsync(Options, clock, workerId, cancellationToken: cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (folder is not null)
        {
            // Pooled connections keep the file open.
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        if (adminConnectionString is not null && databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await DropAsync(adminConnectionString, databaseName);
        }
    }

    // FORCE may meet a server process the test role cannot terminate (e.g. an autovacuum worker that just started on
    // the new database) and fail with 42501; it is gone a moment later. The database is a throw-away one on a
    // throw-away server, so after a few tries it is left for the server's own removal rather than failing the test.
    private static async Task DropAsync(string adminConnectionString, string databaseName)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", CancellationToken.None);
                return;
            }
            catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                if (attempt == 5)
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), CancellationToken.None);
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
