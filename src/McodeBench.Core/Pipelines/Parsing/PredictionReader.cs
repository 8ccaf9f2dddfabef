using System.Globalization;
using System.Text.Json;
using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Library;
using McodeBench.Core.Mcode;

namespace McodeBench.Core.Pipelines.Parsing;

/// <summary>
/// Reads the entities and mappings out of a parsed JSON answer, in any of the shapes documented in docs/parsing.md.
/// One instance reads one output.
/// </summary>
internal sealed class PredictionReader
{
    /// <summary>The type given to an entity whose output named no type; the scorer's type schemes count it as wrong.</summary>
    public const string UnspecifiedType = "unspecified";

    private const int MaxWarnings = 50;

    private static readonly string[] EntityListKeys = ["entities", "extractedentities"];
    private static readonly string[] MappingListKeys = ["mcodemappings", "mappings", "mappedelements", "mcodeelements"];
    private static readonly string[] EntityTextKeys = ["text", "entitytext", "mention", "sourcetext", "sourcetextfragment"];
    private static readonly string[] EntityTypeKeys = ["type", "entitytype", "category"];
    private static readonly string[] EntityIdKeys = ["id", "entityid"];
    private static readonly string[] ElementKeys = ["element", "mcodeelement", "mcodetype"];
    private static readonly string[] ValueKeys = ["value"];
    private static readonly string[] SourceTextKeys = ["sourcetext", "sourcetextfragment", "text"];
    private static readonly string[] LinkIdKeys = ["entityid", "sourceentityid"];
    private static readonly string[] LinkIndexKeys = ["sourceentityindex", "entityindex"];
    private static readonly string[] CodeKeys = ["code"];
    private static readonly string[] CodingKeys = ["coding"];
    private static readonly string[] SystemKeys = ["system", "codesystem"];
    private static readonly string[] DisplayKeys = ["display", "codedisplay"];
    private static readonly string[] CriterionKeys = ["criterion", "context", "section"];
    private static readonly string[] NegationKeys = ["negated", "negation", "isnegated"];
    private static readonly string[] NestedAttributeKeys = ["attributes", "sourcecontext"];

    private readonly ParseContext context;
    private readonly List<string> warnings;
    private int suppressedWarnings;

    public PredictionReader(ParseContext context, List<string> warnings)
    {
        this.context = context;
        this.warnings = warnings;
    }

    public ParseOutcome Read(JsonElement root, string raw)
    {
        if (!TryFindLists(root, out var entityList, out var mappingList, out var failure))
        {
            return Fail(failure, raw);
        }

        if (!CheckExpectation(entityList, mappingList, root, out failure))
        {
            return Fail(failure, raw);
        }

        var entities = new List<Entity>();
        if (entityList is { } entityArray && !ReadEntities(entityArray, entities, out failure))
        {
            return Fail(failure, raw);
        }

        var drafts = new List<MappingDraft>();
        if (mappingList is { } mappingArray && !ReadMappings(mappingArray, drafts, out failure))
        {
            return Fail(failure, raw);
        }

        var mappings = Link(drafts, entities);
        if (suppressedWarnings > 0)
        {
            warnings.Add($"… and {suppressedWarnings} more warnings of the same kinds.");
        }

        return ParseOutcome.Success(new Prediction(entities, mappings), warnings);
    }

    private ParseOutcome Fail((string Message, JsonElement At) failure, string raw)
    {
        var excerpt = failure.At.ValueKind == JsonValueKind.Undefined ? OutputExcerpt.Head(raw) : OutputExcerpt.Head(failure.At.GetRawText());
        return ParseOutcome.Failed(new ParseFailure(FailureClass.SchemaViolation, failure.Message, excerpt), warnings);
    }

    private void Warn(string warning)
    {
        if (warnings.Count < MaxWarnings)
        {
            warnings.Add(warning);
        }
        else
        {
            suppressedWarnings++;
        }
    }

    private bool TryFindLists(
        JsonElement root,
        out (JsonElement Array, string Path)? entityList,
        out (JsonElement Array, string Path)? mappingList,
        out (string Message, JsonElement At) failure)
    {
        entityList = null;
        mappingList = null;
        failure = default;
        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                return TryMember(root, EntityListKeys, out entityList, out failure)
                    && TryMember(root, MappingListKeys, out mappingList, out failure)
                    && (entityList is not null || mappingList is not null || NoListFound(root, out failure));
            case JsonValueKind.Array:
                // A bare array holds mappings when its items name an element, else entities; an empty one is whatever was asked.
                var holdsMappings = root.EnumerateArray().Any(item => JsonMembers.TryGet(item, ElementKeys, out _, out _))
                    || (root.GetArrayLength() == 0 && context.Expect is PromptType.Mapping or PromptType.Direct);
                if (holdsMappings)
                {
                    mappingList = (root, "$");
                }
                else
                {
                    entityList = (root, "$");
                }

                return true;
            default:
                failure = ($"$: expected a JSON object with an \"entities\" and/or \"mcode_mappings\" array, but the answer is {root.ValueKind.Describe()}.", root);
                return false;
        }
    }

    private bool TryMember(JsonElement root, string[] keys, out (JsonElement Array, string Path)? list, out (string Message, JsonElement At) failure)
    {
        list = null;
        failure = default;
        if (!JsonMembers.TryGet(root, keys, out var value, out var name))
        {
            return true;
        }

        var path = "$." + name;
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                list = (value, path);
                return true;
            case JsonValueKind.Null:
                Warn($"{path} is null; read as an empty list.");
                list = (default, path);
                return true;
            default:
                failure = ($"{path}: expected an array, but found {value.ValueKind.Describe()}; the prompt should ask for a list of objects.", value);
                return false;
        }
    }

    private static bool NoListFound(JsonElement root, out (string Message, JsonElement At) failure)
    {
        var members = root.EnumerateObject().Select(p => "\"" + p.Name + "\"").ToList();
        var found = members.Count == 0 ? "the object is empty" : "it has " + string.Join(", ", members);
        failure = ($"$: expected an \"entities\" and/or \"mcode_mappings\" array (or \"mapped_elements\"), but {found}.", root);
        return false;
    }

    private bool CheckExpectation(
        (JsonElement Array, string Path)? entityList,
        (JsonElement Array, string Path)? mappingList,
        JsonElement root,
        out (string Message, JsonElement At) failure)
    {
        failure = default;
        switch (context.Expect)
        {
            case PromptType.Extraction when entityList is null:
                failure = ("$: an extraction prompt's answer needs an \"entities\" array, but the output has only mappings.", root);
                return false;
            case PromptType.Extraction when mappingList is not null:
                Warn($"{mappingList.Value.Path}: mappings in an extraction answer are ignored by the two-step pipeline's mapping step.");
                return true;
            case PromptType.Mapping when mappingList is null:
                failure = ("$: a mapping prompt's answer needs an \"mcode_mappings\" array, but the output has only entities.", root);
                return false;
            case PromptType.Direct when mappingList is null:
                Warn("$: the direct answer has entities but no \"mcode_mappings\" array; it is scored on entities only.");
                return true;
            default:
                return true;
        }
    }

    private bool ReadEntities((JsonElement Array, string Path) list, List<Entity> entities, out (string Message, JsonElement At) failure)
    {
        if (!ReadItems(list, entities, ReadEntity, "entity", "Each entity needs at least a \"text\" string.", out failure))
        {
            return false;
        }

        AssignMissingIds(entities, list.Path);
        return true;
    }

    /// <summary>
    /// Reads every item of a list leniently: an item that cannot be read is dropped with a warning, and the answer
    /// fails only when the list has items and none of them could be read (the first problem is quoted).
    /// </summary>
    private bool ReadItems<T>(
        (JsonElement Array, string Path) list,
        List<T> items,
        ItemReader<T> read,
        string noun,
        string requirement,
        out (string Message, JsonElement At) failure)
        where T : class
    {
        failure = default;
        if (list.Array.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var index = 0;
        string? firstProblem = null;
        JsonElement firstBroken = default;
        foreach (var item in list.Array.EnumerateArray())
        {
            var path = $"{list.Path}[{index++}]";
            var value = read(item, path, out var problem);
            if (value is null)
            {
                firstProblem ??= problem;
                firstBroken = firstBroken.ValueKind == JsonValueKind.Undefined ? item : firstBroken;
                Warn($"{problem} The {noun} was dropped.");
                continue;
            }

            items.Add(value);
        }

        if (index > 0 && items.Count == 0)
        {
            failure = ($"No usable {noun} in {list.Path}: {firstProblem} {requirement}", firstBroken);
            return false;
        }

        return true;
    }

    private Entity? ReadEntity(JsonElement item, string path, out string problem)
    {
        problem = string.Empty;
        if (item.ValueKind != JsonValueKind.Object)
        {
            problem = $"{path}: expected an object, but found {item.ValueKind.Describe()}.";
            return null;
        }

        if (!JsonMembers.TryGet(item, EntityTextKeys, out var textValue, out var textName) || textValue.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(textValue.GetString()))
        {
            problem = string.IsNullOrEmpty(textName)
                ? $"{path}: no \"text\"."
                : $"{path}.{textName}: expected a non-empty string, but found {DescribeText(textValue)}.";
            return null;
        }

        string type;
        if (JsonMembers.TryGet(item, EntityTypeKeys, out var typeValue, out _) && typeValue.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(typeValue.GetString()))
        {
            type = typeValue.GetString()!.Trim();
        }
        else
        {
            type = UnspecifiedType;
            Warn($"{path}: no \"type\"; kept as type \"{UnspecifiedType}\".");
        }

        var id = JsonMembers.TryGet(item, EntityIdKeys, out var idValue, out _) ? JsonMembers.Scalar(idValue) : null;
        return new Entity(textValue.GetString()!.Trim(), type, null, ReadCriterion(item), ReadNegation(item, path), id);
    }

    /// <summary>Gives every entity without an id (or with a repeated one) the id "e{position}", or the next free "eN".</summary>
    private void AssignMissingIds(List<Entity> entities, string path)
    {
        var used = new HashSet<string>(entities.Where(e => e.Id is not null).Select(e => e.Id!), StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entities.Count; i++)
        {
            var id = entities[i].Id;
            if (id is not null && seen.Add(id))
            {
                continue;
            }

            var number = i + 1;
            while (used.Contains("e" + number.ToString(CultureInfo.InvariantCulture)))
            {
                number++;
            }

            var fresh = "e" + number.ToString(CultureInfo.InvariantCulture);
            if (id is not null)
            {
                Warn($"{path}: id \"{id}\" is used twice; the later entity (\"{entities[i].Text}\") became \"{fresh}\".");
            }

            used.Add(fresh);
            seen.Add(fresh);
            entities[i] = entities[i] with { Id = fresh };
        }
    }

    private bool ReadMappings((JsonElement Array, string Path) list, List<MappingDraft> drafts, out (string Message, JsonElement At) failure) =>
        ReadItems(list, drafts, ReadMapping, "mapping", "Each mapping needs at least an \"element\" string.", out failure);

    private MappingDraft? ReadMapping(JsonElement item, string path, out string problem)
    {
        problem = string.Empty;
        if (item.ValueKind != JsonValueKind.Object)
        {
            problem = $"{path}: expected an object, but found {item.ValueKind.Describe()}.";
            return null;
        }

        if (!JsonMembers.TryGet(item, ElementKeys, out var elementValue, out var elementName) || elementValue.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(elementValue.GetString()))
        {
            problem = string.IsNullOrEmpty(elementName)
                ? $"{path}: no \"element\" (nor \"mcode_element\", \"mcode_type\")."
                : $"{path}.{elementName}: expected a non-empty string, but found {DescribeText(elementValue)}.";
            return null;
        }

        string? value = null;
        if (JsonMembers.TryGet(item, ValueKeys, out var valueElement, out var valueName))
        {
            value = JsonMembers.Scalar(valueElement);
            if (value is null && valueElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                Warn($"{path}.{valueName}: expected text, but found {valueElement.ValueKind.Describe()}; the value was ignored.");
            }
        }

        var sourceText = JsonMembers.TryGet(item, SourceTextKeys, out var sourceValue, out _) && sourceValue.ValueKind == JsonValueKind.String
            ? JsonMembers.Scalar(sourceValue)
            : null;

        string? linkedId = null;
        int? linkedIndex = null;
        var linkMember = string.Empty;
        if (JsonMembers.TryGet(item, LinkIndexKeys, out var indexValue, out var indexName) && indexValue.ValueKind != JsonValueKind.Null)
        {
            linkedIndex = JsonMembers.Index(indexValue);
            linkMember = indexName;
            if (linkedIndex is null)
            {
                Warn($"{path}.{indexName}: expected a non-negative integer, but found {indexValue.GetRawText()}; no link.");
            }
        }
        else if (JsonMembers.TryGet(item, LinkIdKeys, out var idValue, out var idName) && idValue.ValueKind != JsonValueKind.Null)
        {
            linkedId = JsonMembers.Scalar(idValue);
            linkMember = idName;
        }

        return new MappingDraft(
            path,
            elementValue.GetString()!.Trim(),
            value,
            ReadCode(item, path),
            sourceText,
            linkedId,
            linkedIndex,
            linkMember,
            ReadCriterion(item),
            ReadNegation(item, path));
    }

    private static string DescribeText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? "an empty string" : value.ValueKind.Describe();

    private CodeRef? ReadCode(JsonElement item, string path)
    {
        JsonElement coding;
        string codingPath;
        string? code;
        if (JsonMembers.TryGet(item, CodeKeys, out var codeValue, out var codeName))
        {
            codingPath = $"{path}.{codeName}";
            switch (codeValue.ValueKind)
            {
                case JsonValueKind.Object:
                    // FHIR CodeableConcept: {"coding": [{system, code, display}]}.
                    coding = JsonMembers.TryGet(codeValue, CodingKeys, out var codings, out _) && codings.ValueKind == JsonValueKind.Array
                        && codings.GetArrayLength() > 0 ? codings[0] : codeValue;
                    code = JsonMembers.TryGet(coding, CodeKeys, out var inner, out _) ? JsonMembers.Scalar(inner) : null;
                    break;
                case JsonValueKind.String or JsonValueKind.Number:
                    // A bare code with its system and display as siblings.
                    coding = item;
                    code = JsonMembers.Scalar(codeValue);
                    break;
                default:
                    return null;
            }
        }
        else if (JsonMembers.TryGet(item, CodingKeys, out var codings, out var codingName) && codings.ValueKind == JsonValueKind.Array
            && codings.GetArrayLength() > 0)
        {
            codingPath = $"{path}.{codingName}[0]";
            coding = codings[0];
            code = JsonMembers.TryGet(coding, CodeKeys, out var inner, out _) ? JsonMembers.Scalar(inner) : null;
        }
        else
        {
            return null;
        }

        var system = JsonMembers.TryGet(coding, SystemKeys, out var systemValue, out _) ? JsonMembers.Scalar(systemValue) : null;
        var display = JsonMembers.TryGet(coding, DisplayKeys, out var displayValue, out _) ? JsonMembers.Scalar(displayValue) : null;
        if (code is null)
        {
            Warn($"{codingPath}: the code has no \"code\"; it was ignored.");
            return null;
        }

        if (system is null)
        {
            Warn($"{codingPath}: code \"{code}\" has no \"system\"; it was ignored (a code means nothing without its terminology).");
            return null;
        }

        return new CodeRef(CodeSystems.Canonicalize(system), code, display);
    }

    private static Criterion ReadCriterion(JsonElement item)
    {
        foreach (var holder in Holders(item))
        {
            if (JsonMembers.TryGet(holder, CriterionKeys, out var value, out _) && value.ValueKind == JsonValueKind.String)
            {
                var text = value.GetString()!.ToLowerInvariant();
                if (text.Contains("exclu", StringComparison.Ordinal))
                {
                    return Criterion.Exclusion;
                }

                if (text.Contains("inclu", StringComparison.Ordinal))
                {
                    return Criterion.Inclusion;
                }
            }
        }

        return Criterion.None;
    }

    private bool ReadNegation(JsonElement item, string path)
    {
        foreach (var holder in Holders(item))
        {
            if (!JsonMembers.TryGet(holder, NegationKeys, out var value, out var name))
            {
                continue;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False or JsonValueKind.Null:
                    return false;
                case JsonValueKind.Number:
                    return value.GetRawText() != "0";
                case JsonValueKind.String:
                    switch (value.GetString()!.Trim().ToLowerInvariant())
                    {
                        case "true" or "yes" or "y" or "1" or "negated":
                            return true;
                        case "false" or "no" or "n" or "0" or "" or "affirmed" or "not negated":
                            return false;
                    }

                    break;
            }

            Warn($"{path}.{name}: cannot read {value.GetRawText()} as true or false; read as not negated.");
            return false;
        }

        return false;
    }

    /// <summary>The item itself, then its nested "attributes" and "source_context" objects (the predecessor's shapes).</summary>
    private static IEnumerable<JsonElement> Holders(JsonElement item)
    {
        yield return item;
        foreach (var property in item.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object && NestedAttributeKeys.Contains(JsonMembers.Key(property.Name), StringComparer.Ordinal))
            {
                yield return property.Value;
            }
        }
    }

    private List<Mapping> Link(List<MappingDraft> drafts, List<Entity> ownEntities)
    {
        var targets = context.InputEntities is { Count: > 0 } input ? input : ownEntities;
        var derive = context.DeriveEntitiesFromMappings && targets.Count == 0 && drafts.Count > 0;
        var mappings = new List<Mapping>(drafts.Count);
        var untyped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var entityId = derive ? Derive(draft, ownEntities, untyped) : Resolve(draft, targets);
            mappings.Add(new Mapping(draft.Element, draft.Value ?? draft.SourceText, draft.Code, entityId));
        }

        if (untyped.Count > 0)
        {
            Warn("No entity derived for mappings whose element implies no entity type: "
                + string.Join(", ", untyped.Select(pair => pair.Value == 1 ? pair.Key : $"{pair.Key} ×{pair.Value}")) + ".");
        }

        return mappings;
    }

    private string? Resolve(MappingDraft draft, IReadOnlyList<Entity> targets)
    {
        if (draft.LinkedIndex is int index)
        {
            if (index < targets.Count)
            {
                return targets[index].Id;
            }

            Warn($"{draft.Path}.{draft.LinkMember}: {index} is outside the {targets.Count} entities (indexes start at 0); kept without a link.");
            return null;
        }

        if (draft.LinkedId is { } id)
        {
            var target = targets.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase))
                ?? (id.All(char.IsAsciiDigit) ? targets.FirstOrDefault(e => string.Equals(e.Id, "e" + id, StringComparison.OrdinalIgnoreCase)) : null);
            if (target is not null)
            {
                return target.Id;
            }

            Warn($"{draft.Path}.{draft.LinkMember}: \"{id}\" matches no entity id; kept without a link.");
            return null;
        }

        // No explicit link: a source text equal to exactly one entity's text is as good as one.
        if (draft.SourceText is { } text)
        {
            var matches = targets.Where(e => string.Equals(e.Text.Trim(), text, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
            return matches.Count == 1 ? matches[0].Id : null;
        }

        return null;
    }

    private static string? Derive(MappingDraft draft, List<Entity> derived, SortedDictionary<string, int> untyped)
    {
        if (draft.SourceText is not { } text)
        {
            return null;
        }

        if (ElementEntityTypes.ImpliedBy(draft.Element) is not { } type)
        {
            untyped[draft.Element] = untyped.GetValueOrDefault(draft.Element) + 1;
            return null;
        }

        var existing = derived.FirstOrDefault(e => string.Equals(e.Type, type, StringComparison.Ordinal)
            && string.Equals(e.Text, text, StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            return existing.Id;
        }

        var entity = new Entity(text, type, null, draft.Criterion, draft.Negated, "e" + (derived.Count + 1).ToString(CultureInfo.InvariantCulture));
        derived.Add(entity);
        return entity.Id;
    }

    private delegate T? ItemReader<T>(JsonElement item, string path, out string problem)
        where T : class;
}
