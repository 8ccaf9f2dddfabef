namespace McodeBench.Web.Pages.Configuration;

/// <summary>What an upload holds.</summary>
public enum UploadKind
{
    /// <summary>ClinicalTrials.gov records: one study, an API page, or NDJSON (one study per line).</summary>
    CtGovTrials,

    /// <summary>McodeBench's own gold-standard JSON.</summary>
    NativeGold,

    /// <summary>A brat document: its text (.txt) and its annotations (.ann); the gold standard is kept.</summary>
    Brat,
}
