using System.Collections.ObjectModel;
using System.Text.Json;
using McodeBench.Core.Annotations;

namespace McodeBench.Core.Mcode;

/// <summary>
/// Loads <see cref="McodeVocabulary"/> from the project's generated data file
/// (<c>Mcode/Data/mcode-stu4-vocabulary.json</c>, written by <c>scripts/generate_mcode_vocabulary.py</c> and embedded
/// in the assembly). See docs/mcode-vocabulary.md for what the file holds.
/// </summary>
public static class McodeVocabularyLoader
{
    public const string EmbeddedResourceName = "McodeBench.Core.Mcode.Data.mcode-stu4-vocabulary.json";

    public const string SupportedFormat = "mcodebench.mcode-vocabulary/1";

    private static readonly Lazy<McodeVocabulary> DefaultVocabulary = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded STU4 vocabulary, loaded once on first use and never changed afterwards.</summary>
    public static McodeVocabulary Default => DefaultVocabulary.Value;

    /// <summary>Loads the vocabulary embedded in McodeBench.Core.</summary>
    public static McodeVocabulary LoadEmbedded()
    {
        using var stream = typeof(McodeVocabularyLoader).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {EmbeddedResourceName} is missing; the McodeBench.Core build must embed Mcode/Data/mcode-stu4-vocabulary.json.");
        return Load(stream, "embedded " + EmbeddedResourceName);
    }

    /// <summary>Loads a vocabulary file; every problem is reported with the file name and JSON path.</summary>
    /// <param name="json">The file's content.</param>
    /// <param name="sourceName">The file name or path used in error messages.</param>
    /// <exception cref="InvalidDataException">The file is not valid JSON or breaks the format.</exception>
    public static McodeVocabulary Load(Stream json, string sourceName = "mcode-stu4-vocabulary.json")
    {
        using var document = JsonFileReader.Parse(json, sourceName);
        var reader = new JsonFileReader(sourceName);
        var root = document.RootElement;
        reader.CheckRoot(root, SupportedFormat, "regenerate it with scripts/generate_mcode_vocabulary.py");

        var elements = ReadElements(reader, root);
        var (codes, openSystems) = ReadValueSets(reader, root);
        reader.ThrowIfProblems("regenerate it with scripts/generate_mcode_vocabulary.py or fix the places named");
        return new McodeVocabulary(elements, codes, openSystems);
    }

    private static List<McodeElement> ReadElements(JsonFileReader reader, JsonElement root)
    {
        var elements = new List<McodeElement>();
        var owners = new Dictionary<string, (string Element, string Path)>(StringComparer.Ordinal);
        var items = reader.Array(root, "elements", "$");
        if (items.Count == 0)
        {
            reader.Problem("$.elements", "no elements; a vocabulary needs at least one");
        }

        foreach (var (item, path) in items)
        {
            if (!reader.IsObject(item, path))
            {
                continue;
            }

            var name = reader.RequiredString(item, "name", path);
            var id = reader.RequiredString(item, "id", path);
            var family = reader.RequiredString(item, "family", path);
            var aliases = reader.Strings(item, "aliases", path);
            var systems = reader.Strings(item, "expected_systems", path).Select(CodeSystems.Canonicalize).ToList().AsReadOnly();
            var valueSetIds = reader.Strings(item, "value_set_ids", path);
            var fixedCode = ReadFixedCode(reader, item, path);
            if (name is null || id is null || family is null)
            {
                continue;
            }

            foreach (var (label, index) in new[] { name, id }.Concat(aliases).Select((label, index) => (label, index)))
            {
                var where = index switch { 0 => $"{path}.name", 1 => $"{path}.id", _ => $"{path}.aliases[{index - 2}]" };
                if (owners.TryGetValue(NameKey(label), out var owner) && owner.Element != name)
                {
                    reader.Problem(where, $"\"{label}\" also names {owner.Element} (at {owner.Path}); each name must resolve to one element");
                }
                else
                {
                    owners.TryAdd(NameKey(label), (name, where));
                }
            }

            elements.Add(new McodeElement(name, id, family, aliases, systems, valueSetIds, fixedCode));
        }

        return elements;
    }

    private static CodeRef? ReadFixedCode(JsonFileReader reader, JsonElement element, string path)
    {
        if (!element.TryGetProperty("fixed_code", out var fixedCode) || fixedCode.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var fixedPath = path + ".fixed_code";
        if (!reader.IsObject(fixedCode, fixedPath))
        {
            return null;
        }

        var system = reader.RequiredString(fixedCode, "system", fixedPath);
        var code = reader.RequiredString(fixedCode, "code", fixedPath);
        return system is null || code is null ? null : new CodeRef(CodeSystems.Canonicalize(system), code, reader.OptionalString(fixedCode, "display", fixedPath));
    }

    private static (Dictionary<string, IReadOnlyCollection<CodeRef>> Codes, Dictionary<string, IReadOnlyCollection<string>> OpenSystems) ReadValueSets(
        JsonFileReader reader, JsonElement root)
    {
        var codes = new Dictionary<string, IReadOnlyCollection<CodeRef>>(StringComparer.Ordinal);
        var openSystems = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var (item, path) in reader.Array(root, "value_sets", "$"))
        {
            if (!reader.IsObject(item, path) || reader.RequiredString(item, "id", path) is not { } id)
            {
                continue;
            }

            if (codes.ContainsKey(id) || openSystems.ContainsKey(id))
            {
                reader.Problem(path + ".id", $"value set \"{id}\" appears twice");
                continue;
            }

            var members = new List<CodeRef>();
            foreach (var (code, codePath) in reader.Array(item, "codes", path))
            {
                if (reader.IsObject(code, codePath)
                    && reader.RequiredString(code, "system", codePath) is { } system
                    && reader.RequiredString(code, "code", codePath) is { } value)
                {
                    members.Add(new CodeRef(CodeSystems.Canonicalize(system), value, reader.OptionalString(code, "display", codePath)));
                }
            }

            // A value set defined only by rules has nothing enumerated: it must not look enumerated (and empty).
            if (members.Count > 0)
            {
                codes[id] = new ReadOnlyCollection<CodeRef>(members);
            }

            var open = reader.Strings(item, "open_systems", path);
            if (open.Count > 0)
            {
                openSystems[id] = open;
            }
        }

        return (codes, openSystems);
    }

    // The same key McodeVocabulary resolves names by: letters and digits, lower case.
    private static string NameKey(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
