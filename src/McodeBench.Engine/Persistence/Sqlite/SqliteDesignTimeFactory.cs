using Microsoft.EntityFrameworkCore.Design;

namespace McodeBench.Engine.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add ... --context SqliteBenchDbContext</c> build the model; it opens no database.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBenchDbContext>
{
    public SqliteBenchDbContext CreateDbContext(string[] args) =>
        new(SqliteBenchDbContext.CreateOptions(Path.Combine(Path.GetTempPath(), "mcodebench-design-time.db"), TimeSpan.FromSeconds(30)));
}
