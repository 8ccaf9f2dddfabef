using McodeBench.Core.Annotations;

namespace McodeBench.Core.Gold;

/// <summary>
/// A brat annotation made of several fragments (<c>T1 Type 0 5;9 14</c>). McodeBench spans are contiguous, so the
/// entity takes the full <see cref="Extent"/>; the fragments are kept here so the change can be reviewed.
/// </summary>
public sealed record BratDiscontinuousSpan(string Source, string AnnotationId, IReadOnlyList<TextSpan> Fragments, TextSpan Extent);
