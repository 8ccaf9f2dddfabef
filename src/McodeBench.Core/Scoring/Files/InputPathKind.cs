namespace McodeBench.Core.Scoring.Files;

/// <summary>What a path given as gold, trials or predictions holds, judged from the path itself.</summary>
internal enum InputPathKind
{
    /// <summary>A JSON file (native gold or predictions, CT.gov records).</summary>
    JsonFile,

    /// <summary>A folder of JSON files.</summary>
    JsonFolder,

    /// <summary>A folder of brat documents (<c>NAME.txt</c> + <c>NAME.ann</c>).</summary>
    BratFolder,

    /// <summary>One brat document, named by its <c>.ann</c> (or <c>.txt</c>) file.</summary>
    BratDocument,

    /// <summary>Nothing is there.</summary>
    Missing,
}
