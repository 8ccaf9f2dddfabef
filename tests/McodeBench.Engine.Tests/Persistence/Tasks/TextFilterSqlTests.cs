using System.Text.RegularExpressions;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Postgres;
using McodeBench.Engine.Persistence.Sqlite;
using McodeBench.Engine.Persistence.Tasks;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Tests.Persistence.Tasks;

/// <summary>
/// The SQL the free-text filter becomes on each provider (no server needed): one <c>LIKE</c> (SQLite) or <c>ILIKE</c>
/// (PostgreSQL) per searched column, each with the pattern as a parameter and <c>ESCAPE '\'</c>.
/// </summary>
public sealed class TextFilterSqlTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "LIKE")]
    [InlineData(DatabaseProvider.Postgres, "ILIKE")]
    public void EachColumnIsOneParameterisedCaseInsensitiveLikeWithTheEscape(DatabaseProvider provider, string like)
    {
        using BenchDbContext context = provider == DatabaseProvider.Postgres
            ? new PostgresDesignTimeFactory().CreateDbContext([])
            : new SqliteDesignTimeFactory().CreateDbContext([]);

        var sql = context.Tasks.Where(TextFilter.Matching("Needle_50%", provider)).Select(t => t.Id).ToQueryString();
        var where = sql[sql.IndexOf("WHERE", StringComparison.Ordinal)..];

        Assert.Equal(TextFilter.Columns.Count, Regex.Count(where, $@" {like} @\w+ ESCAPE '\\'"));
        Assert.Equal(TextFilter.Columns.Count - 1, Regex.Count(where, @"\bOR\b"));
        Assert.DoesNotContain("Needle", where, StringComparison.Ordinal);
        Assert.Contains(@"%Needle\_50\%%", sql, StringComparison.Ordinal);
    }
}
