namespace McodeBench.Core.Gold;

/// <summary>How <see cref="BratAnnotationReader"/> treats the brat constructs McodeBench has no one answer for.</summary>
/// <param name="Discontinuous">Full extent (default) or one entity per fragment.</param>
/// <param name="AnchorPastEndByText">
/// False for gold: an annotation that ends after the text is an error and is skipped. True for predictions: it keeps
/// its text and loses its span, so the scorer anchors it by its text (or counts it unsupported), as a native
/// prediction without a span is.
/// </param>
public sealed record BratReadOptions(DiscontinuousSpanRule Discontinuous = DiscontinuousSpanRule.FullExtent, bool AnchorPastEndByText = false)
{
    public static BratReadOptions Gold { get; } = new();

    public static BratReadOptions Predictions { get; } = new(AnchorPastEndByText: true);
}
