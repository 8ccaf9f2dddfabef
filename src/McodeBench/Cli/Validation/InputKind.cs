namespace McodeBench.Cli.Validation;

/// <summary>What a path given to <c>validate</c> holds.</summary>
internal enum InputKind
{
    /// <summary>A folder laid out like the samples: prompts/prompts.json, models.json, trials/, gold/.</summary>
    Workspace,
    PromptLibrary,
    ModelLibrary,

    /// <summary>ClinicalTrials.gov v2 records: one study, an array, a search page, NDJSON or the predecessor's test cases.</summary>
    Trials,
    NativeGold,

    /// <summary>A brat document (<c>NAME.txt</c> + <c>NAME.ann</c>) or a folder of them, read as gold.</summary>
    BratGold,
    Predictions,

    /// <summary>JSON whose kind cannot be told (or that does not parse and whose name does not tell either).</summary>
    Unknown,
    Missing,
}
