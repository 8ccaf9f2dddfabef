namespace McodeBench.Core.Gold;

/// <summary>A brat document as written by <see cref="BratExporter"/>: the text, the annotations, and how many entities could not be written.</summary>
/// <param name="Skipped">Entities without a span, or in a section that is not part of the text.</param>
public sealed record BratFiles(string Text, string Annotations, int Skipped);
