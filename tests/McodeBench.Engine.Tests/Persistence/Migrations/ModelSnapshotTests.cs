using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Postgres;
using McodeBench.Engine.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Tests.Persistence.Migrations;

/// <summary>A model change without a migration for each provider fails here, before it fails on a user's database.</summary>
public sealed class ModelSnapshotTests
{
    [Fact]
    public void TheSqliteMigrationsMatchTheModel()
    {
        using var context = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(context.Database.HasPendingModelChanges(), "The model changed: add a migration for SQLite (see docs/persistence.md).");
        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Fact]
    public void ThePostgresMigrationsMatchTheModel()
    {
        using var context = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(context.Database.HasPendingModelChanges(), "The model changed: add a migration for PostgreSQL (see docs/persistence.md).");
        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Fact]
    public void BothProvidersHaveTheSameMigrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        static IEnumerable<string> Names(BenchDbContext context) => context.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(Names(sqlite), Names(postgres));
    }
}
