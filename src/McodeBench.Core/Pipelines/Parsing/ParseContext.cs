using McodeBench.Core.Annotations;
using McodeBench.Core.Library;

namespace McodeBench.Core.Pipelines.Parsing;

/// <summary>What the parser should expect of an output and what it may link mappings to.</summary>
/// <param name="Expect">
/// The prompt type that produced the output: <see cref="PromptType.Extraction"/> requires an entities array,
/// <see cref="PromptType.Mapping"/> a mappings array, <see cref="PromptType.Direct"/> and null accept either.
/// </param>
/// <param name="InputEntities">
/// The entities the prompt was given (the mapping step's <c>{entities_json}</c>); mapping links
/// (<c>entity_id</c>, <c>source_entity_index</c>) resolve against them. When empty, links resolve against the
/// entities of the output itself.
/// </param>
/// <param name="DeriveEntitiesFromMappings">
/// When the output has no entities, make one entity per distinct mapping <c>source_text</c>, typed by the entity type
/// the mapping's element implies (direct prompts).
/// </param>
public sealed record ParseContext(
    PromptType? Expect = null,
    IReadOnlyList<Entity>? InputEntities = null,
    bool DeriveEntitiesFromMappings = false)
{
    public static ParseContext Lenient { get; } = new();
}
