namespace McodeBench.Core.Scoring;

/// <summary>
/// Turns an entity type as written (by a model, a gold file) into the canonical type scoring compares. The product
/// wires the project's type-alias table (Mcode/EntityTypeAliases); <see cref="BasicEntityTypeNormalizer"/> is a
/// small stand-in with the SCORING.md examples.
/// </summary>
public interface IEntityTypeNormalizer
{
    string Normalize(string type);
}
