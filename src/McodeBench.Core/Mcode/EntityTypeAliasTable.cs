using System.Collections.ObjectModel;
using System.Text;
using System.Text.Json;

namespace McodeBench.Core.Mcode;

/// <summary>
/// The entity-type alias table (<c>Mcode/Data/entity-type-aliases.json</c>): canonical entity types and the other
/// spellings models, gold files and brat corpora use for them. Lookups ignore case, spaces, hyphens and underscores.
/// </summary>
public sealed class EntityTypeAliasTable : IEntityTypeNormalizer
{
    public const string EmbeddedResourceName = "McodeBench.Core.Mcode.Data.entity-type-aliases.json";

    public const string SupportedFormat = "mcodebench.entity-type-aliases/1";

    private readonly Dictionary<string, string> canonicalByKey;

    private EntityTypeAliasTable(IReadOnlyList<string> canonicalTypes, Dictionary<string, string> canonicalByKey, IReadOnlyDictionary<string, string> aliases)
    {
        CanonicalTypes = canonicalTypes;
        this.canonicalByKey = canonicalByKey;
        Aliases = aliases;
    }

    /// <summary>The canonical types in the order the file lists them.</summary>
    public IReadOnlyList<string> CanonicalTypes { get; }

    /// <summary>Every alias as the file writes it, with its canonical type.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; }

    /// <summary>The canonical type of <paramref name="type"/>, or the type itself in lower snake case when unknown.</summary>
    /// <inheritdoc cref="Resolve"/>
    public string Normalize(string type) => Resolve(type);

    public string Resolve(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return canonicalByKey.TryGetValue(Key(type), out var canonical) ? canonical : ToSnakeCase(type);
    }

    /// <summary>True when <paramref name="type"/> resolves to a canonical type (directly or through an alias).</summary>
    public bool IsKnown(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return canonicalByKey.ContainsKey(Key(type));
    }

    /// <summary>Lower snake case: camel-case humps, spaces, hyphens and other punctuation become single underscores.</summary>
    public static string ToSnakeCase(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var builder = new StringBuilder(type.Length + 4);
        var pendingSeparator = false;
        for (var i = 0; i < type.Length; i++)
        {
            var c = type[i];
            if (!char.IsLetterOrDigit(c))
            {
                pendingSeparator = builder.Length > 0;
                continue;
            }

            var hump = char.IsUpper(c) && i > 0 && (char.IsLower(type[i - 1]) || char.IsDigit(type[i - 1])
                || (char.IsUpper(type[i - 1]) && i + 1 < type.Length && char.IsLower(type[i + 1])));
            if ((pendingSeparator || hump) && builder.Length > 0)
            {
                builder.Append('_');
            }

            pendingSeparator = false;
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Loads the table embedded in McodeBench.Core.</summary>
    public static EntityTypeAliasTable LoadEmbedded()
    {
        using var stream = typeof(EntityTypeAliasTable).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {EmbeddedResourceName} is missing; the McodeBench.Core build must embed Mcode/Data/entity-type-aliases.json.");
        return Load(stream, "embedded " + EmbeddedResourceName);
    }

    /// <summary>Loads an alias table; every problem is reported with the file name and JSON path.</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON, breaks the format, or maps one spelling to two types.</exception>
    public static EntityTypeAliasTable Load(Stream json, string sourceName = "entity-type-aliases.json")
    {
        using var document = JsonFileReader.Parse(json, sourceName);
        var reader = new JsonFileReader(sourceName);
        var root = document.RootElement;
        reader.CheckRoot(root, SupportedFormat, "fix the places named");

        var canonicalTypes = new List<string>();
        var canonicalByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var aliases = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var claimedAt = new Dictionary<string, string>(StringComparer.Ordinal);

        void Claim(string spelling, string canonical, string path)
        {
            var key = Key(spelling);
            if (key.Length == 0)
            {
                reader.Problem(path, $"\"{spelling}\" has no letters or digits");
            }
            else if (canonicalByKey.TryGetValue(key, out var owner) && owner != canonical)
            {
                reader.Problem(path, $"\"{spelling}\" already resolves to \"{owner}\" (at {claimedAt[key]}); a spelling may name one type only");
            }
            else if (canonicalByKey.TryAdd(key, canonical))
            {
                claimedAt[key] = path;
            }
        }

        foreach (var (item, path) in reader.Array(root, "canonical_types", "$"))
        {
            if (!reader.IsObject(item, path) || reader.RequiredString(item, "type", path) is not { } type)
            {
                continue;
            }

            if (ToSnakeCase(type) != type)
            {
                reader.Problem(path + ".type", $"\"{type}\" must be written in lower snake case (\"{ToSnakeCase(type)}\")");
            }

            canonicalTypes.Add(type);
            Claim(type, type, path + ".type");
            foreach (var (alias, index) in reader.Strings(item, "aliases", path).Select((alias, index) => (alias, index)))
            {
                Claim(alias, type, $"{path}.aliases[{index}]");
                aliases[alias] = type;
            }
        }

        if (root.TryGetProperty("not_aliased", out _))
        {
            foreach (var (item, path) in reader.Array(root, "not_aliased", "$"))
            {
                if (reader.IsObject(item, path) && reader.RequiredString(item, "type", path) is { } type && canonicalByKey.TryGetValue(Key(type), out var owner))
                {
                    reader.Problem(path + ".type", $"\"{type}\" is listed as not aliased but resolves to \"{owner}\" (at {claimedAt[Key(type)]})");
                }
            }
        }

        if (canonicalTypes.Count == 0)
        {
            reader.Problem("$.canonical_types", "no canonical types; the table needs at least one");
        }

        reader.ThrowIfProblems("fix the places named");
        return new EntityTypeAliasTable(canonicalTypes.AsReadOnly(), canonicalByKey, new ReadOnlyDictionary<string, string>(aliases));
    }

    private static string Key(string type) => new(type.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
