using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace McodeBench.Engine.Persistence.Paging;

/// <summary>
/// Sorts a query by any mapped column, named as the property (<c>EntityF1Type</c>) or the column (<c>entity_f1_type</c>),
/// case-insensitively. Empty values sort last in both directions on every provider (SQLite and PostgreSQL disagree
/// by default), and the key breaks ties, in the same direction, so pages never overlap.
/// </summary>
internal static class ColumnSort
{
    /// <param name="withoutEmpty">The caller left out the rows without a value: sort by the column and key alone, the order an index on them holds.</param>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, IEntityType entity, string sortBy, bool descending, string keyProperty, bool withoutEmpty = false)
        where T : class
    {
        var property = Resolve(entity, sortBy);
        var name = property.Name;
        IOrderedQueryable<T> ordered;
        if (property.IsNullable && !withoutEmpty)
        {
            ordered = query.OrderBy(row => EF.Property<object?>(row, name) == null ? 1 : 0);
            ordered = descending
                ? ordered.ThenByDescending(row => EF.Property<object>(row, name))
                : ordered.ThenBy(row => EF.Property<object>(row, name));
        }
        else
        {
            ordered = descending
                ? query.OrderByDescending(row => EF.Property<object>(row, name))
                : query.OrderBy(row => EF.Property<object>(row, name));
        }

        if (name == keyProperty)
        {
            return ordered;
        }

        // The key breaks ties in the sort's own direction, so a descending list is the ascending one reversed (empty
        // values aside) and an index on (column, key) serves both directions from one walk, forwards or backwards.
        return descending
            ? ordered.ThenByDescending(row => EF.Property<object>(row, keyProperty))
            : ordered.ThenBy(row => EF.Property<object>(row, keyProperty));
    }

    public static IProperty Resolve(IEntityType entity, string sortBy)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrWhiteSpace(sortBy);
        var properties = entity.GetProperties().ToList();
        var wanted = sortBy.Trim();
        return properties.FirstOrDefault(p => string.Equals(p.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?? properties.FirstOrDefault(p => string.Equals(p.GetColumnName(), wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException(
                $"Cannot sort {entity.GetTableName()} by '{sortBy}'; sort by one of: {string.Join(", ", properties.Select(p => p.GetColumnName()))}.",
                nameof(sortBy));
    }
}
