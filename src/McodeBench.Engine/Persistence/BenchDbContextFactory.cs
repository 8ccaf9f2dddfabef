using McodeBench.Engine.Persistence.Postgres;
using McodeBench.Engine.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace McodeBench.Engine.Persistence;

/// <summary>
/// Creates a context of the configured provider. Contexts are cheap and short-lived: one per read, one per write
/// batch. The options (and so the compiled model) are built once.
/// </summary>
public sealed class BenchDbContextFactory
{
    private readonly DbContextOptions<SqliteBenchDbContext>? sqlite;
    private readonly DbContextOptions<PostgresBenchDbContext>? postgres;

    public BenchDbContextFactory(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            sqlite = SqliteBenchDbContext.CreateOptions(options.SqlitePath, options.CommandTimeout);
        }
        else
        {
            postgres = PostgresBenchDbContext.CreateOptions(options.PostgresConnectionString!, options.CommandTimeout);
        }
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    public BenchDbContext Create() => sqlite is not null ? new SqliteBenchDbContext(sqlite) : new PostgresBenchDbContext(postgres!);

    /// <summary>
    /// Closes this database's pooled connections. For SQLite the last close checkpoints the WAL into the file and
    /// releases it, so the folder can be copied or deleted once the engine has stopped.
    /// </summary>
    public void ReleasePooledConnections()
    {
        using var context = Create();
        var connectionString = context.Database.GetConnectionString();
        if (sqlite is not null)
        {
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
        }
        else
        {
            using var connection = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
