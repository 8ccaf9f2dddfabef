namespace McodeBench.Core.Mcode;

/// <summary>Canonical URIs of the terminologies mCODE binds to, and the short names users and models write instead.</summary>
public static class CodeSystems
{
    public const string Snomed = "http://snomed.info/sct";
    public const string Loinc = "http://loinc.org";
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public const string Ncit = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl";
    public const string Hgnc = "http://www.genenames.org";
    public const string Hgvs = "http://varnomen.hgvs.org";

    private static readonly Dictionary<string, string> ByAlias = new(StringComparer.OrdinalIgnoreCase)
    {
        ["snomed"] = Snomed, ["snomed ct"] = Snomed, ["snomedct"] = Snomed, ["snomed-ct"] = Snomed, ["sct"] = Snomed, [Snomed] = Snomed,
        ["loinc"] = Loinc, [Loinc] = Loinc,
        ["icd-10-cm"] = Icd10Cm, ["icd10cm"] = Icd10Cm, ["icd-10"] = Icd10Cm, ["icd10"] = Icd10Cm, [Icd10Cm] = Icd10Cm,
        ["rxnorm"] = RxNorm, [RxNorm] = RxNorm,
        ["ncit"] = Ncit, ["nci thesaurus"] = Ncit, ["nci"] = Ncit, [Ncit] = Ncit, ["http://ncithesaurus.nci.nih.gov"] = Ncit,
        ["hgnc"] = Hgnc, [Hgnc] = Hgnc,
        ["hgvs"] = Hgvs, [Hgvs] = Hgvs,
    };

    /// <summary>The canonical URI for a system name as written by a person or a model, or the input trimmed when unknown.</summary>
    public static string Canonicalize(string system)
    {
        var trimmed = system.Trim();
        return ByAlias.TryGetValue(trimmed, out var canonical) ? canonical : trimmed;
    }

    /// <summary>A short display name (e.g. "SNOMED CT") for a canonical URI.</summary>
    public static string DisplayName(string system) => Canonicalize(system) switch
    {
        Snomed => "SNOMED CT",
        Loinc => "LOINC",
        Icd10Cm => "ICD-10-CM",
        RxNorm => "RxNorm",
        Ncit => "NCIt",
        Hgnc => "HGNC",
        Hgvs => "HGVS",
        var other => other,
    };
}
