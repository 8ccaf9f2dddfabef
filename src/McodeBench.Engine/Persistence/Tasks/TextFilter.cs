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
internal static class TextFilter
{
    private const string Escape = "\\";

    public static Expression<Func<TaskRow, bool>> Matching(string text, DatabaseProvider provider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var pattern = "%" + EscapeWildcards(text.Trim()) + "%";
        return provider == DatabaseProvider.Postgres
            ? t => EF.Functions.ILike(t.Id, pattern, Escape)
                || EF.Functions.ILike(t.Name, pattern, Escape)
                || EF.Functions.ILike(t.ModelKey, pattern, Escape)
                || EF.Functions.ILike(t.TrialId, pattern, Escape)
                || EF.Functions.ILike(t.ExtractionPromptKey!, pattern, Escape)
                || EF.Functions.ILike(t.MappingPromptKey!, pattern, Escape)
                || EF.Functions.ILike(t.DirectPromptKey!, pattern, Escape)
                || EF.Functions.ILike(t.WorkerId!, pattern, Escape)
                || EF.Functions.ILike(t.Error!, pattern, Escape)
            : t => EF.Functions.Like(t.Id, pattern, Escape)
                || EF.Functions.Like(t.Name, pattern, Escape)
                || EF.Functions.Like(t.ModelKey, pattern, Escape)
                || EF.Functions.Like(t.TrialId, pattern, Escape)
                || EF.Functions.Like(t.ExtractionPromptKey!, pattern, Escape)
                || EF.Functions.Like(t.MappingPromptKey!, pattern, Escape)
                || EF.Functions.Like(t.DirectPromptKey!, pattern, Escape)
                || EF.Functions.Like(t.WorkerId!, pattern, Escape)
                || EF.Functions.Like(t.Error!, pattern, Escape);
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
}
