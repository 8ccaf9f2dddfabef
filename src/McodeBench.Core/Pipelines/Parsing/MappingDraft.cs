using McodeBench.Core.Annotations;

namespace McodeBench.Core.Pipelines.Parsing;

/// <summary>A mapping as read from the output, before its link to an entity is resolved.</summary>
internal sealed record MappingDraft(
    string Path,
    string Element,
    string? Value,
    CodeRef? Code,
    string? SourceText,
    string? LinkedId,
    int? LinkedIndex,
    string LinkMember,
    Criterion Criterion,
    bool Negated);
