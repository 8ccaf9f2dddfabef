using Microsoft.EntityFrameworkCore.Design;

namespace McodeBench.Engine.Persistence.Postgres;

/// <summary>Lets <c>dotnet ef migrations add ... --context PostgresBenchDbContext</c> build the model; it connects to nothing.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBenchDbContext>
{
    public PostgresBenchDbContext CreateDbContext(string[] args) =>
        new(PostgresBenchDbContext.CreateOptions("Host=localhost;Database=mcodebench_design_time", TimeSpan.FromSeconds(30)));
}
