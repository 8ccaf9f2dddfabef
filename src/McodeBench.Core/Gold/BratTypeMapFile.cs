using System.Text.Json;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Gold;

/// <summary>
/// Reads a type map file: one JSON object whose keys are a corpus's brat types and whose values are McodeBench
/// entity types (a canonical type or one of its aliases) or <c>null</c> to drop that type on purpose, e.g.
/// <c>{"Condition": "condition", "Drug": "medication", "Eq-Comparison": null}</c>. Types not in the file are dropped
/// and reported. See docs/gold-format.md.
/// </summary>
public static class BratTypeMapFile
{
    private const string ShapeFix = "Write one JSON object: {\"CorpusType\": \"condition\", \"OtherType\": null}. Values are McodeBench entity types or null to drop.";

    /// <summary>The built-in map named (<c>lct</c>, <c>canonical</c>) or the map read from the file at <paramref name="nameOrPath"/>.</summary>
    public static async Task<(BratTypeMap? Map, IReadOnlyList<Diagnostic> Diagnostics)> ResolveAsync(string nameOrPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (BratTypeMap.BuiltIn(nameOrPath) is { } builtIn && !File.Exists(nameOrPath))
        {
            return (builtIn, []);
        }

        if (!File.Exists(nameOrPath))
        {
            return (null, [new Diagnostic(
                DiagnosticSeverity.Error,
                nameOrPath,
                "type map file not found, and it is not a built-in map.",
                $"Give a JSON type map file, or one of the built-in maps: {string.Join(", ", BratTypeMap.BuiltInNames)}.")]);
        }

        return Read(await File.ReadAllTextAsync(nameOrPath, cancellationToken).ConfigureAwait(false), nameOrPath);
    }

    /// <param name="source">The file name used in diagnostics and as the map's name.</param>
    public static (BratTypeMap? Map, IReadOnlyList<Diagnostic> Diagnostics) Read(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return (null, [JsonSyntaxError.From(exception, json, source, ShapeFix)]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, [new Diagnostic(DiagnosticSeverity.Error, source, $"a type map is a JSON object, found {JsonValueKindNames.Describe(root.ValueKind)}.", ShapeFix, JsonPath: "$")]);
            }

            var diagnostics = new List<Diagnostic>();
            var table = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                var path = JsonPaths.Property("$", property.Name);
                if (property.Name.Trim().Length == 0)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, source, "a corpus type is empty.", "Name the brat type exactly as the .ann files write it.", JsonPath: path));
                    continue;
                }

                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.Null:
                        table[property.Name] = null;
                        break;
                    case JsonValueKind.String when EntityTypeAliases.IsKnown(property.Value.GetString()!):
                        table[property.Name] = EntityTypeAliases.Resolve(property.Value.GetString()!);
                        break;
                    case JsonValueKind.String:
                        var written = property.Value.GetString()!;
                        diagnostics.Add(new Diagnostic(
                            DiagnosticSeverity.Error,
                            source,
                            $"\"{written}\" is not a McodeBench entity type.{ClosestNames.DidYouMean(written, EntityTypeAliases.CanonicalTypes, "\"")}",
                            $"Use one of {string.Join(", ", EntityTypeAliases.CanonicalTypes)}, or null to drop \"{property.Name}\".",
                            JsonPath: path));
                        break;
                    default:
                        diagnostics.Add(new Diagnostic(
                            DiagnosticSeverity.Error,
                            source,
                            $"the type for \"{property.Name}\" must be a string or null, found {JsonValueKindNames.Describe(property.Value.ValueKind)}.",
                            ShapeFix,
                            JsonPath: path));
                        break;
                }
            }

            if (diagnostics.Count == 0 && table.Values.All(type => type is null))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, source, "the type map keeps no type: every annotation would be dropped.", ShapeFix, JsonPath: "$"));
            }

            return diagnostics.Count > 0 ? (null, diagnostics) : (BratTypeMap.FromTable(table, source), []);
        }
    }
}
