using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace McodeBench.Engine.Persistence;

/// <summary>
/// Brings the database to the schema this build expects, on start: creates the SQLite file and its folder, switches
/// the file to WAL, and applies the pending migrations of the provider (<c>Database.MigrateAsync</c>, which takes
/// EF Core's migration lock, so two processes starting together do not both migrate). Applying it again does nothing.
/// </summary>
public sealed class DatabaseMigrator(BenchDbContextFactory contexts)
{
    private readonly BenchDbContextFactory contexts = contexts ?? throw new ArgumentNullException(nameof(contexts));

    /// <summary>Applies what is pending; returns the names of the migrations applied (empty when up to date).</summary>
    /// <exception cref="DatabaseUnavailableException">The database cannot be opened or migrated.</exception>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            if (contexts.Provider == DatabaseProvider.Sqlite)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(contexts.Options.SqlitePath)!);
            }

            var context = contexts.Create();
            await using (context.ConfigureAwait(false))
            {
                if (contexts.Provider == DatabaseProvider.Sqlite)
                {
                    // A property of the file, kept across connections: readers never block the writer and vice versa.
                    await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
                }

                var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
                await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                return pending;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not DatabaseUnavailableException)
        {
            throw new DatabaseUnavailableException(Describe(contexts.Options), exception);
        }
    }

    /// <summary>Where the database is, for messages: the file path, or the server and database without credentials.</summary>
    public static string Describe(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            return $"the SQLite database {options.SqlitePath}";
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
            return $"the PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port} as '{builder.Username}'";
        }
        catch (ArgumentException)
        {
            return "the PostgreSQL database of the given connection string (which could not be parsed)";
        }
    }
}
