namespace McodeBench.Core.Gold;

/// <summary>
/// Which brat annotation types become which McodeBench entity types (docs/model-output.md). Rules are tried in order
/// and the first match wins; an annotation no rule matches is dropped and counted. The table is documented in
/// docs/gold-format.md; change both together.
/// </summary>
public sealed class BratTypeMap
{
    private readonly bool passThrough;

    public BratTypeMap(IEnumerable<BratTypeRule> rules)
        : this(rules, passThrough: false)
    {
    }

    private BratTypeMap(IEnumerable<BratTypeRule> rules, bool passThrough)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules.ToList();
        this.passThrough = passThrough;
    }

    public IReadOnlyList<BratTypeRule> Rules { get; }

    /// <summary>
    /// The Leaf Clinical Trials corpus (LCT) table. Only event triggers are mapped (the <c>*-Name</c> spans repeat them);
    /// LCT's <c>Procedure</c> and <c>Observation</c> are broad, so only those whose words say surgery, radiotherapy,
    /// performance status or a tumour marker are kept: an unrefined "procedure" would not be a McodeBench type.
    /// </summary>
    public static BratTypeMap Lct { get; } = new(
    [
        new("Condition", "condition"),
        new("Drug", "medication"),
        new("Procedure", "radiotherapy", @"radiat|radiotherap|irradiat|brachytherap|chemoradi|radiochemo|\bgray\b|\bgy\b|\bsbrt\b|\bsrs\b|\bimrt\b|proton"),
        new("Procedure", "surgery", @"surg|ectom(y|ies)|otom(y|ies)|resect|operat|excis|amputat"),
        new("Observation", "performance_status", @"\becog\b|eastern cooperative oncology group|karnofsky|\bkps\b|performance status|zubrod|lansky"),
        new("Observation", "biomarker", @"\bher-?2\b|\ber\b|\bpr\b|estrogen receptor|oestrogen receptor|progesterone receptor|hormone receptor|pd-?l1|\bpsa\b|ki-?67|\begfr\b|\balk\b|\bkras\b|\bbraf\b|\bbrca[12]?\b|\bmsi\b|mismatch repair|\bmmr\b|tumou?r marker|\bca[- ]?125\b|\bcea\b|\bafp\b"),
    ]);

    /// <summary>Keeps every type as written: for brat files McodeBench wrote itself (<see cref="BratExporter"/>), e.g. predictions.</summary>
    public static BratTypeMap Identity { get; } = new([], passThrough: true);

    /// <summary>The McodeBench entity type for an annotation, or null when it is dropped.</summary>
    public string? Map(string bratType, string text)
    {
        ArgumentNullException.ThrowIfNull(bratType);
        ArgumentNullException.ThrowIfNull(text);
        if (passThrough)
        {
            return bratType;
        }

        return Rules.FirstOrDefault(r => r.Matches(bratType, text))?.EntityType;
    }
}
