namespace McodeBench.Core.Mcode;

/// <summary>
/// Canonical entity types (<c>condition</c>, <c>medication</c>, ...) resolved through the embedded alias table, e.g.
/// <c>Drug</c>, <c>treatment</c> → <c>medication</c>. Unknown types pass through in lower snake case.
/// </summary>
public static class EntityTypeAliases
{
    private static readonly Lazy<EntityTypeAliasTable> Embedded = new(EntityTypeAliasTable.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded table, loaded once on first use.</summary>
    public static EntityTypeAliasTable Table => Embedded.Value;

    /// <summary>The canonical entity types, in the table's order.</summary>
    public static IReadOnlyList<string> CanonicalTypes => Table.CanonicalTypes;

    /// <summary>The canonical type of <paramref name="type"/>; unknown types come back in lower snake case.</summary>
    public static string Resolve(string type) => Table.Resolve(type);

    /// <summary>True when <paramref name="type"/> is a canonical type or one of its aliases.</summary>
    public static bool IsKnown(string type) => Table.IsKnown(type);
}
