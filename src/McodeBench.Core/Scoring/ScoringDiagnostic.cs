namespace McodeBench.Core.Scoring;

/// <summary>
/// Something about the input that scoring worked around, e.g. a span outside its section.
/// <paramref name="Path"/> names the item the way a JSON path would (<c>prediction.entities[2].span</c>).
/// </summary>
public sealed record ScoringDiagnostic(string Path, string Message);
