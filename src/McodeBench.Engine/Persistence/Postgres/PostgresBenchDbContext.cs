using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Persistence.Postgres;

/// <summary>The PostgreSQL flavour of <see cref="BenchDbContext"/>, with its own migrations in <c>Postgres/Migrations</c>.</summary>
public sealed class PostgresBenchDbContext(DbContextOptions<PostgresBenchDbContext> options) : BenchDbContext(options)
{
    public static DbContextOptions<PostgresBenchDbContext> CreateOptions(string connectionString, TimeSpan commandTimeout) =>
        new DbContextOptionsBuilder<PostgresBenchDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout((int)Math.Ceiling(commandTimeout.TotalSeconds)))
            .UseSnakeCaseNamingConvention()
            .Options;
}
