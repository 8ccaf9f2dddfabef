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
    /// <summary>How brat gold types become entity types; null (the default) detects it: LCT's table for LCT's scheme, else McodeBench's own types.</summary>
    public BratTypeMap? GoldBratTypes { get; init; }

    /// <summary>How brat prediction types become entity types; null (the default) detects it: LCT's table for LCT's scheme, else as written.</summary>
    public BratTypeMap? PredictionBratTypes { get; init; }

    /// <summary>How discontinuous brat spans are read, on both sides (full extent by default).</summary>
    public DiscontinuousSpanRule Discontinuous { get; init; } = DiscontinuousSpanRule.FullExtent;

    /// <summary>Canonical entity types to keep on both sides (others are removed before scoring); null keeps every type.</summary>
    public IReadOnlyList<string>? Types { get; init; }
}
