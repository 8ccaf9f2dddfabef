namespace McodeBench.Core.Annotations;

/// <summary>
/// A mention in a trial's text. Gold entities always carry a <see cref="Span"/>; predicted entities usually do not
/// and are anchored to the text by the scorer.
/// </summary>
/// <param name="Id">Optional identifier that mappings can link to (e.g. "e1").</param>
public sealed record Entity(
    string Text,
    string Type,
    TextSpan? Span = null,
    Criterion Criterion = Criterion.None,
    bool Negated = false,
    string? Id = null);
