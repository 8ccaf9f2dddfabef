using McodeBench.Core.Mcode;

namespace McodeBench.Core.Gold;

/// <summary>
/// Which brat annotation types become which McodeBench entity types (docs/gold-format.md). A map is one of: a rule
/// table (rules tried in order, first match wins, e.g. <see cref="Lct"/>), a type table read from a JSON file
/// (<see cref="BratTypeMapFile"/>), <see cref="Canonical"/> (McodeBench's own types and their aliases) or
/// <see cref="Identity"/>. An annotation the map has no answer for is dropped and counted; a type the map names with
/// no McodeBench type (<c>null</c> in a map file, or a type of LCT's scheme for <see cref="Lct"/>) is dropped on
/// purpose (<see cref="DropsOnPurpose"/>).
/// </summary>
public sealed class BratTypeMap
{
    private readonly Kind kind;
    private readonly IReadOnlyDictionary<string, string?> table;
    private readonly HashSet<string> schemeTypes;

    /// <param name="schemeTypes">The corpus scheme's types the rules knowingly leave out (dropped as notes, not warnings).</param>
    public BratTypeMap(IEnumerable<BratTypeRule> rules, string name = "custom", IEnumerable<string>? schemeTypes = null)
        : this(rules, Kind.Rules, new Dictionary<string, string?>(StringComparer.Ordinal), name, schemeTypes)
    {
    }

    private BratTypeMap(IEnumerable<BratTypeRule> rules, Kind kind, IReadOnlyDictionary<string, string?> table, string name, IEnumerable<string>? schemeTypes = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(name);
        Rules = rules.ToList();
        this.kind = kind;
        this.table = table;
        this.schemeTypes = (schemeTypes ?? []).ToHashSet(StringComparer.Ordinal);
        Name = name;
    }

    /// <summary>The name reports give: <c>lct</c>, <c>canonical</c>, <c>identity</c>, or the map file's path.</summary>
    public string Name { get; }

    public IReadOnlyList<BratTypeRule> Rules { get; }

    /// <summary>The built-in maps by the names <c>--type-map</c> accepts.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = ["lct", "canonical"];

    /// <summary>
    /// The Leaf Clinical Trials corpus (LCT) table. Only event triggers are mapped (the <c>*-Name</c> spans repeat them);
    /// LCT's <c>Procedure</c> and <c>Observation</c> are broad, so only those whose words say surgery, radiotherapy,
    /// performance status or a tumour marker are kept: an unrefined "procedure" would not be a McodeBench type. Every other
    /// type of LCT's scheme (<see cref="LctSchemeTypes"/>) is dropped on purpose.
    /// </summary>
    public static BratTypeMap Lct { get; } = new(
    [
        new("Condition", "condition"),
        new("Drug", "medication"),
        new("Procedure", "radiotherapy", @"radiat|radiotherap|irradiat|brachytherap|chemoradi|radiochemo|\bgray\b|\bgy\b|\bsbrt\b|\bsrs\b|\bimrt\b|proton"),
        new("Procedure", "surgery", @"surg|ectom(y|ies)|otom(y|ies)|resect|operat|excis|amputat"),
        new("Observation", "performance_status", @"\becog\b|eastern cooperative oncology group|karnofsky|\bkps\b|performance status|zubrod|lansky"),
        new("Observation", "biomarker", @"\bher-?2\b|\ber\b|\bpr\b|estrogen receptor|oestrogen receptor|progesterone receptor|hormone receptor|pd-?l1|\bpsa\b|ki-?67|\begfr\b|\balk\b|\bkras\b|\bbraf\b|\bbrca[12]?\b|\bmsi\b|mismatch repair|\bmmr\b|tumou?r marker|\bca[- ]?125\b|\bcea\b|\bafp\b"),
    ],
        "lct",
        LctSchemeTypes.All);

    /// <summary>
    /// McodeBench's own types: a brat type that is a canonical type or one of its aliases (<c>condition</c>,
    /// <c>Medication</c>, <c>drug</c>, ...) becomes that canonical type; any other type is dropped and counted.
    /// </summary>
    public static BratTypeMap Canonical { get; } = new([], Kind.Canonical, new Dictionary<string, string?>(), "canonical");

    /// <summary>Keeps every type as written: for brat files McodeBench wrote itself (<see cref="BratExporter"/>), e.g. predictions.</summary>
    public static BratTypeMap Identity { get; } = new([], Kind.Identity, new Dictionary<string, string?>(), "identity");

    /// <summary>A map from a type table (brat type → McodeBench type, or null to drop on purpose); types not in it are dropped.</summary>
    public static BratTypeMap FromTable(IReadOnlyDictionary<string, string?> table, string name)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new BratTypeMap([], Kind.Table, new Dictionary<string, string?>(table, StringComparer.Ordinal), name);
    }

    /// <summary>The built-in map of this name (<see cref="BuiltInNames"/>, case-insensitive), or null.</summary>
    public static BratTypeMap? BuiltIn(string name) =>
        name.Trim().ToLowerInvariant() switch
        {
            "lct" => Lct,
            "canonical" => Canonical,
            _ => null,
        };

    /// <summary>
    /// The built-in map that fits a corpus's annotation types: <see cref="Lct"/> when the corpus uses LCT's own
    /// scheme (its <c>*-Name</c> spans or <c>Eq-*</c> types, which no other scheme writes), otherwise
    /// <paramref name="otherwise"/> (<see cref="Canonical"/> for gold, <see cref="Identity"/> for predictions).
    /// </summary>
    public static BratTypeMap Detect(IEnumerable<string> bratTypes, BratTypeMap otherwise)
    {
        ArgumentNullException.ThrowIfNull(bratTypes);
        ArgumentNullException.ThrowIfNull(otherwise);
        return bratTypes.Any(IsLctSignature) ? Lct : otherwise;
    }

    /// <summary>True when the map drops this type on purpose: a null in a map file, or a type of the corpus scheme a rule table knowingly leaves out.</summary>
    public bool DropsOnPurpose(string bratType) =>
        kind == Kind.Table ? table.TryGetValue(bratType, out var type) && type is null : schemeTypes.Contains(bratType);

    /// <summary>The McodeBench entity type for an annotation, or null when it is dropped.</summary>
    public string? Map(string bratType, string text)
    {
        ArgumentNullException.ThrowIfNull(bratType);
        ArgumentNullException.ThrowIfNull(text);
        return kind switch
        {
            Kind.Identity => bratType,
            Kind.Canonical => EntityTypeAliases.IsKnown(bratType) ? EntityTypeAliases.Resolve(bratType) : null,
            Kind.Table => table.GetValueOrDefault(bratType),
            _ => Rules.FirstOrDefault(r => r.Matches(bratType, text))?.EntityType,
        };
    }

    public override string ToString() => Name;

    private static bool IsLctSignature(string type) =>
        type is "Condition-Name" or "Drug-Name" or "Procedure-Name" or "Observation-Name"
        || type.StartsWith("Eq-", StringComparison.Ordinal);

    private enum Kind
    {
        Rules,
        Table,
        Canonical,
        Identity,
    }
}
