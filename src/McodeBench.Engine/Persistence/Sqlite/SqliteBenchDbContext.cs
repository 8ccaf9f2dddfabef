using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Persistence.Sqlite;

/// <summary>The SQLite flavour of <see cref="BenchDbContext"/>, with its own migrations in <c>Sqlite/Migrations</c>.</summary>
public sealed class SqliteBenchDbContext(DbContextOptions<SqliteBenchDbContext> options) : BenchDbContext(options)
{
    public static DbContextOptions<SqliteBenchDbContext> CreateOptions(string databasePath, TimeSpan commandTimeout)
    {
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy database for this long before giving up.
            DefaultTimeout = (int)Math.Ceiling(commandTimeout.TotalSeconds),
        };
        return new DbContextOptionsBuilder<SqliteBenchDbContext>()
            .UseSqlite(connection.ToString(), sqlite => sqlite.CommandTimeout((int)Math.Ceiling(commandTimeout.TotalSeconds)))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(SqliteConnectionSetup.Instance)
            .Options;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no decimal type: EF would store text, which cannot be ordered or summed in SQL. A double keeps
        // 15 significant digits, far more than any cost in US dollars needs.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}
