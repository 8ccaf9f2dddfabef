namespace McodeBench.Core.Annotations;

/// <summary>
/// An mCODE finding: an element (an mCODE STU4 profile name or one of its aliases), a textual value and/or a code,
/// optionally linked to an entity (by <see cref="EntityId"/>) or to a span.
/// </summary>
public sealed record Mapping(
    string Element,
    string? Value,
    CodeRef? Code = null,
    string? EntityId = null,
    TextSpan? Span = null);
