using System.Text.RegularExpressions;

namespace McodeBench.Core.Scoring.Values;

/// <summary>
/// A medication value read as its RxNorm ingredient where <see cref="DrugIngredientTable"/> knows the name:
/// <c>Herceptin</c> = <c>trastuzumab</c>, <c>Kadcyla</c> = <c>T-DM1</c> = <c>ado-trastuzumab emtansine</c>, and
/// <c>trastuzumab (Herceptin)</c> when both names agree. Unknown names (and drug classes, regimens) are compared as text.
/// </summary>
internal static partial class DrugIngredientValue
{
    /// <summary>The canonical form <c>rxnorm:RXCUI</c>; null when the name is not in the table.</summary>
    public static string? Canonical(string? value, DrugIngredientTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var whole = table.RxcuiOf(value);
        if (whole is null)
        {
            var bracketed = Bracketed().Match(value.Trim());
            if (bracketed.Success)
            {
                var outer = table.RxcuiOf(bracketed.Groups["outer"].Value);
                whole = outer is not null && outer == table.RxcuiOf(bracketed.Groups["inner"].Value) ? outer : null;
            }
        }

        return whole is null ? null : "rxnorm:" + whole;
    }

    [GeneratedRegex(@"^(?<outer>[^()]+)\((?<inner>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();
}
