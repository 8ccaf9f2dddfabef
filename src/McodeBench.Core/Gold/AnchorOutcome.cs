using McodeBench.Core.Annotations;

namespace McodeBench.Core.Gold;

/// <summary>What happened to one imported entity: where it was said to be, and where (if anywhere) it was placed.</summary>
/// <param name="CaseId">The predecessor's test-case key.</param>
/// <param name="Index">The entity's position in the source file's entity list.</param>
/// <param name="GivenStart">The start offset the source file gave, if any.</param>
/// <param name="Span">The placed span, null when <see cref="Kind"/> is <see cref="AnchorKind.Unplaced"/>.</param>
public sealed record AnchorOutcome(
    string TrialId,
    string CaseId,
    int Index,
    string Text,
    int? GivenStart,
    AnchorKind Kind,
    TextSpan? Span);
