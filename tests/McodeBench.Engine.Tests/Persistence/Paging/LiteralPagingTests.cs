using McodeBench.Engine.Persistence.Paging;
using McodeBench.Engine.Persistence.Postgres;
using McodeBench.Engine.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Tests.Persistence.Paging;

/// <summary>A page's offset and limit are written into the SQL, so the planner sees them (no server needed).</summary>
public sealed class LiteralPagingTests
{
    [Fact]
    public void SqliteGetsTheNumbersInTheStatement()
    {
        using var context = new SqliteDesignTimeFactory().CreateDbContext([]);

        var sql = LiteralPaging.Slice(context.Tasks.OrderBy(t => t.Cost), 4950, 50).Select(t => t.Id).ToQueryString();

        Assert.Contains("LIMIT 50 OFFSET 4950", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresGetsTheNumbersInTheStatement()
    {
        using var context = new PostgresDesignTimeFactory().CreateDbContext([]);

        var sql = LiteralPaging.Slice(context.Tasks.OrderBy(t => t.Cost), 4950, 50).Select(t => t.Id).ToQueryString();

        Assert.Contains("LIMIT 50 OFFSET 4950", sql, StringComparison.Ordinal);
    }
}
