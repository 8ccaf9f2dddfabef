using System.Globalization;
using System.Text.Json;
using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// The dictionaries of the rules baseline, read from the JSON files embedded from <c>Models/RulesBaseline/Data/</c>
/// (see docs/rules-baseline.md for their shape and how to extend them).
/// </summary>
public sealed class RulesLexicon
{
    private const string ResourcePrefix = "McodeBench.Core.RulesBaseline.";

    /// <summary>The dictionary files of plain concepts, each holding one entity type.</summary>
    public static IReadOnlyList<string> DictionaryFiles { get; } =
        ["conditions.json", "medications.json", "surgery.json", "radiotherapy.json", "genomic-terms.json", "biomarker-terms.json"];

    public RulesLexicon(
        IReadOnlyList<LexiconEntry> entries,
        IReadOnlyList<TumorMarkerDefinition> markers,
        IReadOnlyList<GeneDefinition> genes,
        IReadOnlyDictionary<string, string> hotspotGenes,
        IReadOnlyDictionary<string, string> exonGenes,
        ScaleCodes scaleCodes)
    {
        Entries = entries;
        Markers = markers;
        Genes = genes;
        HotspotGenes = hotspotGenes;
        ExonGenes = exonGenes;
        ScaleCodes = scaleCodes;
    }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    public IReadOnlyList<TumorMarkerDefinition> Markers { get; }

    public IReadOnlyList<GeneDefinition> Genes { get; }

    /// <summary>Protein changes that name their gene on their own (L858R → EGFR, V600E → BRAF).</summary>
    public IReadOnlyDictionary<string, string> HotspotGenes { get; }

    /// <summary>The gene an exon alteration written without a gene refers to (exon 19 deletion → EGFR).</summary>
    public IReadOnlyDictionary<string, string> ExonGenes { get; }

    public ScaleCodes ScaleCodes { get; }

    /// <summary>Loads the dictionaries shipped inside McodeBench.Core.</summary>
    public static RulesLexicon LoadEmbedded()
    {
        var assembly = typeof(RulesLexicon).Assembly;
        return Load(name => assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Embedded resource {ResourcePrefix}{name} is missing from {assembly.GetName().Name}."));
    }

    /// <summary>Loads the dictionaries from files with the embedded names (conditions.json, genes.json, ...), e.g. an edited copy.</summary>
    public static RulesLexicon Load(Func<string, Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var entries = new List<LexiconEntry>();
        foreach (var file in DictionaryFiles)
        {
            using var document = Parse(open, file);
            var type = RequiredString(document.RootElement, "type", file, "$");
            var index = 0;
            foreach (var item in RequiredArray(document.RootElement, "entries", file, "$"))
            {
                entries.Add(ReadEntry(item, type, file, $"$.entries[{index}]"));
                index++;
            }
        }

        List<TumorMarkerDefinition> markers;
        using (var document = Parse(open, "tumor-markers.json"))
        {
            markers = RequiredArray(document.RootElement, "markers", "tumor-markers.json", "$")
                .Select((item, i) => new TumorMarkerDefinition(
                    RequiredString(item, "name", "tumor-markers.json", $"$.markers[{i}]"),
                    StringList(item, "aliases", "tumor-markers.json", $"$.markers[{i}]"),
                    item.TryGetProperty("bare", out var bare) && bare.GetBoolean(),
                    !item.TryGetProperty("numeric", out var numeric) || numeric.GetBoolean(),
                    ReadCode(item, "tumor-markers.json", $"$.markers[{i}]")))
                .ToList();
        }

        List<GeneDefinition> genes;
        Dictionary<string, string> hotspots;
        Dictionary<string, string> exons;
        using (var document = Parse(open, "genes.json"))
        {
            var root = document.RootElement;
            genes = RequiredArray(root, "genes", "genes.json", "$")
                .Select((item, i) => new GeneDefinition(
                    RequiredString(item, "symbol", "genes.json", $"$.genes[{i}]"),
                    StringList(item, "aliases", "genes.json", $"$.genes[{i}]"),
                    item.TryGetProperty("fusion", out var fusion) && fusion.GetBoolean(),
                    ReadCode(item, "genes.json", $"$.genes[{i}]")))
                .ToList();
            hotspots = StringMap(root, "hotspots", "genes.json");
            exons = StringMap(root, "exonGenes", "genes.json");
        }

        ScaleCodes scale;
        using (var document = Parse(open, "scale-codes.json"))
        {
            const string File = "scale-codes.json";
            var root = document.RootElement;
            scale = new ScaleCodes(
                CodeMap(root, "stageGroupCodes", File),
                CodeMap(root, "tnmCodes", File),
                ReadCodeObject(RequiredProperty(root, "ecogScore", File, "$"), File, "$.ecogScore"),
                IntKeys(CodeMap(root, "ecogAnswers", File), File, "$.ecogAnswers"),
                ReadCodeObject(RequiredProperty(root, "karnofskyScore", File, "$"), File, "$.karnofskyScore"),
                IntKeys(CodeMap(root, "karnofskyAnswers", File), File, "$.karnofskyAnswers"));
        }

        return new RulesLexicon(entries, markers, genes, hotspots, exons, scale);
    }

    private static JsonDocument Parse(Func<string, Stream> open, string file)
    {
        using var stream = open(file);
        return JsonFileReader.Parse(stream, file);
    }

    private static LexiconEntry ReadEntry(JsonElement item, string type, string file, string path)
    {
        var terms = StringList(item, "terms", file, path);
        if (terms.Count == 0)
        {
            throw new InvalidDataException($"{file}: {path}.terms is empty; give at least one term.");
        }

        var mappings = new List<MappingTemplate>
        {
            new(RequiredString(item, "element", file, path), RequiredString(item, "value", file, path), ReadCode(item, file, path)),
        };
        if (item.TryGetProperty("also", out var also))
        {
            var index = 0;
            foreach (var extra in also.EnumerateArray())
            {
                var extraPath = $"{path}.also[{index}]";
                mappings.Add(new MappingTemplate(
                    RequiredString(extra, "element", file, extraPath), RequiredString(extra, "value", file, extraPath), ReadCode(extra, file, extraPath)));
                index++;
            }
        }

        var notFollowedBy = item.TryGetProperty("notFollowedBy", out _) ? StringList(item, "notFollowedBy", file, path) : [];
        return new LexiconEntry(type, terms, mappings, notFollowedBy);
    }

    private static CodeRef? ReadCode(JsonElement item, string file, string path) =>
        item.TryGetProperty("code", out var code) ? ReadCodeObject(code, file, path + ".code") : null;

    private static CodeRef ReadCodeObject(JsonElement code, string file, string path) => new(
        CodeSystems.Canonicalize(RequiredString(code, "system", file, path)),
        RequiredString(code, "code", file, path),
        code.TryGetProperty("display", out var display) ? display.GetString() : null);

    private static Dictionary<string, CodeRef> CodeMap(JsonElement root, string name, string file) =>
        RequiredProperty(root, name, file, "$").EnumerateObject()
            .ToDictionary(p => p.Name, p => ReadCodeObject(p.Value, file, $"$.{name}.{p.Name}"), StringComparer.Ordinal);

    private static Dictionary<int, CodeRef> IntKeys(Dictionary<string, CodeRef> map, string file, string path) =>
        map.ToDictionary(
            p => int.TryParse(p.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new InvalidDataException($"{file}: {path}.{p.Key} must be a whole number key."),
            p => p.Value);

    private static Dictionary<string, string> StringMap(JsonElement root, string name, string file) =>
        RequiredProperty(root, name, file, "$").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal);

    private static JsonElement RequiredProperty(JsonElement item, string name, string file, string path) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value)
            ? value
            : throw new InvalidDataException($"{file}: {path}.{name} is missing.");

    private static string RequiredString(JsonElement item, string name, string file, string path)
    {
        var value = RequiredProperty(item, name, file, path);
        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"{file}: {path}.{name} must be a non-empty string.");
    }

    private static JsonElement.ArrayEnumerator RequiredArray(JsonElement item, string name, string file, string path)
    {
        var value = RequiredProperty(item, name, file, path);
        return value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new InvalidDataException($"{file}: {path}.{name} must be an array.");
    }

    private static List<string> StringList(JsonElement item, string name, string file, string path) =>
        RequiredArray(item, name, file, path)
            .Select((value, i) => value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
                ? text
                : throw new InvalidDataException($"{file}: {path}.{name}[{i}] must be a non-empty string."))
            .ToList();
}
