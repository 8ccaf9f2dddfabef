namespace McodeBench.Core.Mcode;

/// <summary>
/// Turns an entity type as written (by a model, a gold file) into the canonical type scoring compares. The product uses
/// the project's type-alias table (<see cref="EntityTypeAliases.Table"/>); tests may pass another one.
/// </summary>
public interface IEntityTypeNormalizer
{
    string Normalize(string type);
}
