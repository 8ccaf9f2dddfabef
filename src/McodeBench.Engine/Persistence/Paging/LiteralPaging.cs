using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Persistence.Paging;

/// <summary>
/// <c>Skip</c> and <c>Take</c> with the numbers written into the SQL (<c>LIMIT 50 OFFSET 4950</c>) instead of sent as
/// parameters. SQLite plans a statement without looking at parameter values: with an unknown <c>LIMIT</c> it assumes
/// a small one and prefers walking an index in the sort's order, even when a filter (one run of 50 tasks among
/// 100,000) makes that a walk through the whole index; with the numbers in the statement it weighs both plans. Each
/// distinct page is its own statement to EF Core's query cache, which costs a compilation the first time a page is read.
/// </summary>
internal static class LiteralPaging
{
    public static IQueryable<T> Slice<T>(IQueryable<T> query, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var skipped = query.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(T)], query.Expression, Literal(offset)));
        return skipped.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], skipped.Expression, Literal(limit)));
    }

    // EF Core sends even a constant Skip or Take as a parameter; EF.Constant in the tree is how to ask for a literal.
    private static MethodCallExpression Literal(int value) =>
        Expression.Call(typeof(EF), nameof(EF.Constant), [typeof(int)], Expression.Constant(value));
}
