using McodeBench.Core.Gold;

namespace McodeBench.Core.Scoring.Files;

/// <summary>What to score: gold, the trials its spans refer to, and a model's predictions, all as files.</summary>
/// <param name="GoldPaths">Native gold files, folders of them, brat folders or brat <c>.ann</c> files.</param>
/// <param name="PredictionPaths">Native predictions files, folders of them, brat folders or brat <c>.ann</c> files.</param>
/// <param name="TrialPaths">CT.gov record files or folders of them; not needed for brat gold, whose <c>.txt</c> is the text.</param>
public sealed record FileScoringRequest(
    IReadOnlyList<string> GoldPaths,
    IReadOnlyList<string> PredictionPaths,
    IReadOnlyList<string>? TrialPaths = null)
{
    /// <summary>How brat gold types become entity types (LCT's table by default).</summary>
    public BratTypeMap GoldBratTypes { get; init; } = BratTypeMap.Lct;

    /// <summary>How brat prediction types become entity types (as written by default, as <see cref="BratExporter"/> writes them).</summary>
    public BratTypeMap PredictionBratTypes { get; init; } = BratTypeMap.Identity;
}
