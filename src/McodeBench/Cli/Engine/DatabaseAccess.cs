using McodeBench.Configuration;
using McodeBench.Engine.Persistence;

namespace McodeBench.Cli.Engine;

/// <summary>Opens the configured database (the SQLite file in the data folder, or PostgreSQL when a connection string is set), migrating it on the way.</summary>
internal static class DatabaseAccess
{
    public static DatabaseOptions OptionsFor(McodeBenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DatabaseOptions.For(options.DataDir, options.UsesSqliteFile ? null : options.Database).WithResponseCacheMemoryMb(options.CacheMemoryMb);
    }

    public static Task<BenchDatabase> OpenAsync(CommandSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return BenchDatabase.OpenAsync(OptionsFor(session.Options), loggerFactory: session.LoggerFactory, cancellationToken: cancellationToken);
    }
}
