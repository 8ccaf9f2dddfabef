using Npgsql;

namespace McodeBench.Tests.Engine;

/// <summary>
/// A fresh PostgreSQL database on the server named by <c>MCODEBENCH_TEST_POSTGRES</c> (which <c>.ci/run</c> starts),
/// dropped afterwards; without that variable the test is skipped with a message saying how to run it.
/// </summary>
internal sealed class ThrowAwayPostgres : IAsyncDisposable
{
    private const string Variable = "MCODEBENCH_TEST_POSTGRES";

    private readonly string admin;
    private readonly string name;

    private ThrowAwayPostgres(string admin, string name)
    {
        this.admin = admin;
        this.name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ThrowAwayPostgres> CreateAsync(CancellationToken cancellationToken)
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Skip($"PostgreSQL tests need {Variable}; `.ci/postgres.sh start` starts a local server and prints it.");
        }

        var name = "mcb_cli_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"", cancellationToken);
        return new ThrowAwayPostgres(admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
        }
        catch (PostgresException)
        {
            // A throw-away database on a throw-away server: the server's own removal takes it if this drop cannot.
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
