using System.Globalization;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Gold;

/// <summary>
/// Says what a type map dropped, so no annotation disappears without a word: one warning per dropped brat type with
/// its count (a note when the map drops the type on purpose, <see cref="BratTypeMap.DropsOnPurpose"/>), and an error
/// when every annotation was dropped, since scoring against nothing would report meaningless zeros.
/// </summary>
public static class DroppedTypeReport
{
    /// <param name="source">The folder or file the annotations came from.</param>
    /// <param name="what">"gold" or "predictions", for the messages.</param>
    public static IReadOnlyList<Diagnostic> Describe(string source, string what, BratTypeMap map, IReadOnlyDictionary<string, int> mappedByType, IReadOnlyDictionary<string, int> droppedByType)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(what);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(mappedByType);
        ArgumentNullException.ThrowIfNull(droppedByType);
        var diagnostics = new List<Diagnostic>();
        foreach (var (type, count) in droppedByType.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var times = count.ToString(CultureInfo.InvariantCulture);
            diagnostics.Add(map.DropsOnPurpose(type)
                ? new Diagnostic(DiagnosticSeverity.Info, source, $"{what}: {times} \"{type}\" annotation(s) dropped, as type map {map.Name} does on purpose.")
                : new Diagnostic(
                    DiagnosticSeverity.Warning,
                    source,
                    $"{what}: {times} \"{type}\" annotation(s) dropped: type map {map.Name} gives no McodeBench type for \"{type}\".",
                    $"If \"{type}\" should be scored, map it with --type-map FILE (JSON: {{\"{type}\": \"condition\"}}); give null to drop it without this warning."));
        }

        var dropped = droppedByType.Values.Sum();
        if (dropped > 0 && mappedByType.Values.Sum() == 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                source,
                $"{what}: every annotation ({dropped.ToString(CultureInfo.InvariantCulture)}) was dropped by type map {map.Name}, so there is nothing to score.",
                $"Choose the map that fits these files: --type-map canonical (McodeBench's own types: {string.Join(", ", Mcode.EntityTypeAliases.CanonicalTypes.Take(4))}, ...), --type-map lct, or --type-map FILE."));
        }

        return diagnostics;
    }
}
