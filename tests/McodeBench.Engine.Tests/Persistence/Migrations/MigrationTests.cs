using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Postgres;
using McodeBench.Engine.Persistence.Sqlite;
using McodeBench.Engine.Tests.Persistence.Support;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Tests.Persistence.Migrations;

public abstract class MigrationTests(TestDatabaseKind kind) : DatabaseTestBase(kind)
{
    [Fact]
    public async Task MigrationsCreateEveryTableOnAnEmptyDatabase()
    {
        Assert.NotEmpty(Db.AppliedMigrations);
        await using var context = Db.Contexts.Create();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync(Token));
        Assert.Equal(0, await context.Runs.CountAsync(Token));
        Assert.Equal(0, await context.Tasks.CountAsync(Token));
        Assert.Equal(0, await context.Attempts.CountAsync(Token));
        Assert.Equal(0, await context.Predictions.CountAsync(Token));
        Assert.Equal(0, await context.ScoreReports.CountAsync(Token));
        Assert.Equal(0, await context.ResponseCache.CountAsync(Token));
        Assert.Equal(0, await context.Events.CountAsync(Token));
    }

    [Fact]
    public async Task MigratingAgainChangesNothingAndKeepsTheData()
    {
        await SeedRunAsync("run-1", 3);
        await Db.DisposeAsync();

        await using var reopened = await Database.OpenAsync(Clock, cancellationToken: Token);
        var again = await new DatabaseMigrator(reopened.Contexts).MigrateAsync(Token);

        Assert.Empty(reopened.AppliedMigrations);
        Assert.Empty(again);
        Assert.Equal(3, (await reopened.Tasks.CountByStatusAsync("run-1", Token)).Values.Sum());
    }

    public sealed class OnSqlite() : MigrationTests(TestDatabaseKind.Sqlite)
    {
        [Fact]
        public async Task TheFileIsInWalMode()
        {
            await using var context = Db.Contexts.Create();
            await context.Database.OpenConnectionAsync(Token);
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";

            Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Token));
            Assert.True(File.Exists(Db.Options.SqlitePath));
        }

        [Fact]
        public async Task ADataDirectoryThatCannotBeCreatedIsReportedWithItsPath()
        {
            var file = Path.Combine(Path.GetTempPath(), $"mcodebench-not-a-folder-{Guid.NewGuid():N}");
            await File.WriteAllTextAsync(file, "a file where the data directory should be", Token);
            try
            {
                var options = DatabaseOptions.For(Path.Combine(file, "data"));

                var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => BenchDatabase.OpenAsync(options, cancellationToken: Token));

                Assert.Contains(options.SqlitePath, error.Message, StringComparison.Ordinal);
                Assert.Contains("--data-dir", error.Message, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(file);
            }
        }
    }

    public sealed class OnPostgres() : MigrationTests(TestDatabaseKind.Postgres);
}
