using System.Text.Json;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Scoring.Values;

/// <summary>
/// Drug names (ingredients, synonyms, brand names) to RxNorm ingredient RxCUIs, from the embedded
/// <c>Scoring/Values/Data/drug-ingredients.json</c>. McodeBench ships no RxNorm release: the table holds only the
/// RxNorm-coded drugs of the rules baseline's medication dictionary (68 ingredients), so any other drug is compared as
/// text. Names are keyed by their <see cref="TextNormalizer"/> form.
/// </summary>
internal sealed class DrugIngredientTable
{
    private const string ResourceName = "McodeBench.Core.Scoring.Values.Data.drug-ingredients.json";

    private static readonly Lazy<DrugIngredientTable> Embedded = new(Load);

    private readonly Dictionary<string, string> rxcuiByName;

    private DrugIngredientTable(Dictionary<string, string> rxcuiByName) => this.rxcuiByName = rxcuiByName;

    public static DrugIngredientTable Default => Embedded.Value;

    public int NameCount => rxcuiByName.Count;

    /// <summary>The ingredient RxCUI a drug name stands for, or null when the table does not know it.</summary>
    public string? RxcuiOf(string? name)
    {
        var key = TextNormalizer.Normalize(name);
        return key.Length > 0 && rxcuiByName.TryGetValue(key, out var rxcui) ? rxcui : null;
    }

    private static DrugIngredientTable Load()
    {
        using var stream = typeof(DrugIngredientTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from McodeBench.Core.");
        using var document = JsonDocument.Parse(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ingredient in document.RootElement.GetProperty("ingredients").EnumerateArray())
        {
            var rxcui = ingredient.GetProperty("rxcui").GetString()!;
            foreach (var name in ingredient.GetProperty("names").EnumerateArray())
            {
                var key = TextNormalizer.Normalize(name.GetString());
                if (map.TryGetValue(key, out var existing) && existing != rxcui)
                {
                    throw new InvalidOperationException($"{ResourceName}: \"{name.GetString()}\" names two ingredients ({existing}, {rxcui}).");
                }

                map[key] = rxcui;
            }
        }

        return new DrugIngredientTable(map);
    }
}
