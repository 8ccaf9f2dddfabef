using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace McodeBench.Engine.Persistence.Tasks;

/// <summary>
/// The tracker's free-text filter: tasks whose id, name, model, trial, prompt keys, worker or error contain the text,
/// case-insensitively. A plain case-insensitive <c>LIKE</c> per column (SQLite's <c>LIKE</c>, PostgreSQL's
/// <c>ILIKE</c>) with the text's wildcards escaped: on SQLite this is about eight times cheaper than
/// <c>instr(lower(column), text)</c>, which is what <c>column.ToLower().Contains(text)</c> becomes, and it matches
/// the same tasks (SQLite folds ASCII case only, in <c>LIKE</c> and <c>lower()</c> alike).
/// </summary>
/// <remarks>
/// The columns are listed once (<see cref="Columns"/>) and the predicate is composed from them for either provider,
/// so a column cannot be searchable on one provider and not the other.
/// </remarks>
internal static class TextFilter
{
    private const string Escape = "\\";

    /// <summary>The searched columns, in the order their <c>LIKE</c>s are joined with <c>OR</c>.</summary>
    public static IReadOnlyList<Expression<Func<TaskRow, string?>>> Columns { get; } =
    [
        t => t.Id,
        t => t.Name,
        t => t.ModelKey,
        t => t.TrialId,
        t => t.ExtractionPromptKey,
        t => t.MappingPromptKey,
        t => t.DirectPromptKey,
        t => t.WorkerId,
        t => t.Error,
    ];

    // One column against the pattern, per provider; the column and the pattern are put in place of the two parameters.
    private static readonly Expression<Func<string?, string, bool>> SqliteLike = (value, pattern) => EF.Functions.Like(value, pattern, Escape);
    private static readonly Expression<Func<string?, string, bool>> PostgresILike = (value, pattern) => EF.Functions.ILike(value!, pattern, Escape);

    public static Expression<Func<TaskRow, bool>> Matching(string text, DatabaseProvider provider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var pattern = "%" + EscapeWildcards(text.Trim()) + "%";
        // A captured variable, as a lambda would capture it, so EF Core sends the pattern as a parameter and reuses the plan.
        Expression<Func<string>> patternValue = () => pattern;
        var like = provider == DatabaseProvider.Postgres ? PostgresILike : SqliteLike;
        var row = Expression.Parameter(typeof(TaskRow), "t");
        var body = Columns
            .Select(column => Substitute(like, Substitute(column, row), patternValue.Body))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<TaskRow, bool>>(body, row);
    }

    /// <summary>The text with <c>%</c>, <c>_</c> and the escape character escaped, so it matches literally.</summary>
    public static string EscapeWildcards(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static Expression Substitute(LambdaExpression lambda, params Expression[] arguments) =>
        new ParameterSubstitution(lambda.Parameters, arguments).Visit(lambda.Body);

    /// <summary>Replaces a lambda's parameters by the given expressions in its body (inlining the lambda).</summary>
    private sealed class ParameterSubstitution(IReadOnlyList<ParameterExpression> parameters, IReadOnlyList<Expression> arguments) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var i = 0; i < parameters.Count; i++)
            {
                if (parameters[i] == node)
                {
                    return arguments[i];
                }
            }

            return node;
        }
    }
}
