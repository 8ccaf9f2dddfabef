using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace McodeBench.Engine.Persistence.Sqlite;

/// <summary>
/// Per-connection SQLite settings. <c>synchronous=NORMAL</c> is the usual partner of WAL: a commit survives a killed
/// process (only a power cut can lose the last transactions) and costs no fsync per commit. WAL itself is a property
/// of the file, set once by <see cref="DatabaseMigrator"/>. Stateless, so one instance serves every context.
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    private SqliteConnectionSetup()
    {
    }

    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
