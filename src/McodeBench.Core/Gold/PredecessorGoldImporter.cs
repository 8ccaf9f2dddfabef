using System.Globalization;
using System.Text.Json;
using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Gold;

/// <summary>
/// Converts the Python predecessor's gold files into <see cref="GoldStandard"/>s. Two shapes are read:
/// <c>tests/data/gold_standard/*.json</c> (entities with <c>start_char</c>/<c>end_char</c>, mappings with <c>text</c> and
/// <c>mcode_type</c>) and <c>examples/*.gold.json</c> (entities with <c>source_context{section, position}</c>, mappings
/// with <c>source_entity_index</c>, <c>mcode_element</c>, <c>value</c>). The predecessor's offsets are mostly wrong, so each
/// entity is re-anchored by its text (rules in docs/gold-format.md); entities whose text is nowhere in the trial are
/// left out and reported with their case id and text.
/// </summary>
public static class PredecessorGoldImporter
{
    // The predecessor names CT.gov modules; each maps to the sections built from it, in the order to try them.
    private static readonly Dictionary<string, string[]> SectionsByModule = new(StringComparer.OrdinalIgnoreCase)
    {
        ["identificationModule"] = [SectionNames.BriefTitle, SectionNames.OfficialTitle],
        ["conditionsModule"] = [SectionNames.Conditions, SectionNames.Keywords],
        ["descriptionModule"] = [SectionNames.BriefSummary, SectionNames.DetailedDescription],
        ["eligibilityModule"] = [SectionNames.Eligibility],
        ["armsInterventionsModule"] = [SectionNames.Interventions],
    };

    public static async Task<PredecessorGoldImportResult> ImportFileAsync(string path, IEnumerable<Trial> trials, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new PredecessorGoldImportResult([], [], [new Diagnostic(DiagnosticSeverity.Error, path, "file not found.", "Check the path.")]);
        }

        var json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Import(json, path, trials);
    }

    /// <param name="trials">The trials the gold belongs to, usually read from the matching test-case file (cases are found by NCT id or case id).</param>
    public static PredecessorGoldImportResult Import(string json, string sourceName, IEnumerable<Trial> trials)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(trials);
        var loaded = new TrialLoadResult(trials.ToList(), []);
        var diagnostics = new DiagnosticList(sourceName);
        var standards = new List<GoldStandard>();
        var outcomes = new List<AnchorOutcome>();
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("gold_standard", out var cases)
                || cases.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Error(
                    "$.gold_standard",
                    "not a predecessor gold file: there is no \"gold_standard\" object.",
                    "Give the file {\"gold_standard\": {case id: {expected_extraction, expected_mcode_mappings}}}; native gold files are read with GoldStandardReader.");
            }
            else
            {
                foreach (var testCase in cases.EnumerateObject())
                {
                    var casePath = JsonPaths.Property("$.gold_standard", testCase.Name);
                    if (loaded.Find(testCase.Name) is not { } trial)
                    {
                        diagnostics.Error(
                            casePath,
                            $"no trial was loaded for case \"{testCase.Name}\"; its gold is skipped.",
                            "Load the predecessor's test-case file (tests/data/test_cases/*.json or *.trial.json) that holds this case.");
                        continue;
                    }

                    var context = new CaseContext(testCase.Name, casePath, trial, diagnostics);
                    standards.Add(ImportCase(testCase.Value, context, outcomes));
                }
            }
        }
        catch (JsonException exception)
        {
            diagnostics.Add(JsonSyntaxError.From(exception, json, sourceName));
        }

        return new PredecessorGoldImportResult(standards, outcomes, diagnostics.Items.ToList());
    }

    private static GoldStandard ImportCase(JsonElement gold, CaseContext context, List<AnchorOutcome> outcomes)
    {
        var layout = context.Trial.FindSection(SectionNames.Eligibility) is { } eligibility
            ? EligibilityCriteriaSplitter.Split(eligibility.Text)
            : null;
        var entities = new List<Entity>();
        var idsByIndex = new Dictionary<int, string>();
        var entitiesPath = $"{context.CasePath}.expected_extraction.entities";
        var index = 0;
        foreach (var element in Objects(gold, "expected_extraction", "entities"))
        {
            var path = JsonPaths.Index(entitiesPath, index);
            if (ImportEntity(element, index, path, context, layout, outcomes) is { } entity)
            {
                entities.Add(entity);
                idsByIndex[index] = entity.Id!;
            }

            index++;
        }

        var mappings = new List<Mapping>();
        var mappingsPath = $"{context.CasePath}.expected_mcode_mappings.mapped_elements";
        index = 0;
        foreach (var element in Objects(gold, "expected_mcode_mappings", "mapped_elements"))
        {
            var path = JsonPaths.Index(mappingsPath, index++);
            if (ImportMapping(element, path, context, entities, idsByIndex) is { } mapping)
            {
                mappings.Add(mapping);
            }
        }

        return new GoldStandard(context.Trial.Id, entities, mappings);
    }

    private static Entity? ImportEntity(
        JsonElement element,
        int index,
        string path,
        CaseContext context,
        EligibilityCriteriaLayout? layout,
        List<AnchorOutcome> outcomes)
    {
        var text = String(element, "text");
        var type = String(element, "type");
        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(type))
        {
            context.Diagnostics.Error(
                path,
                $"entity {index} of case \"{context.CaseId}\" has no {(string.IsNullOrWhiteSpace(text) ? "text" : "type")}; it is skipped.",
                "Give every entity a \"text\" and a \"type\".",
                context.Trial.Id);
            return null;
        }

        var (givenStart, givenEnd, hintedSections) = GivenPlace(element);
        var anchor = Anchor(context.Trial, text, givenStart, givenEnd, hintedSections);
        outcomes.Add(new AnchorOutcome(context.Trial.Id, context.CaseId, index, text, givenStart, anchor.Kind, anchor.Span));
        var id = "e" + (index + 1).ToString(CultureInfo.InvariantCulture);
        switch (anchor.Kind)
        {
            case AnchorKind.Unplaced:
                context.Diagnostics.Warning(
                    path,
                    $"case \"{context.CaseId}\": entity \"{text}\" occurs nowhere in trial {context.Trial.Id}, so it cannot be placed and is left out.",
                    "Correct the entity text to words of the trial, or drop it from the gold.",
                    context.Trial.Id);
                return null;
            case AnchorKind.Exact or AnchorKind.CaseInsensitive:
                context.Diagnostics.Info(
                    path,
                    $"case \"{context.CaseId}\": entity \"{text}\" given at [{givenStart},{givenEnd}) re-anchored to {anchor.Span}"
                    + (anchor.Kind == AnchorKind.CaseInsensitive ? $" as \"{anchor.Text}\" (letter case differs)." : "."),
                    context.Trial.Id);
                break;
        }

        var span = anchor.Span!;
        var criterion = layout is not null && span.Section == SectionNames.Eligibility ? layout.CriterionOf(span) : Criterion.None;
        return new Entity(anchor.Text!, type.Trim(), span, criterion, Negated: false, Id: id);
    }

    /// <summary>
    /// Places a text: the given offsets if they hold it; else the exact occurrence, then the case-insensitive one,
    /// in the first section that has one (hinted sections, then eligibility, then the usual order), nearest the given start.
    /// </summary>
    private static (AnchorKind Kind, TextSpan? Span, string? Text) Anchor(Trial trial, string text, int? givenStart, int? givenEnd, string[] hintedSections)
    {
        var preference = hintedSections
            .Append(SectionNames.Eligibility)
            .Concat(SectionNames.All)
            .Concat(trial.Sections.Select(s => s.Name))
            .Distinct(StringComparer.Ordinal)
            .Select(trial.FindSection)
            .OfType<TrialSection>()
            .ToList();

        if (givenStart is int start && givenEnd is int end && start >= 0 && end - start == text.Length)
        {
            foreach (var section in preference)
            {
                if (end <= section.Text.Length && string.CompareOrdinal(section.Text, start, text, 0, text.Length) == 0)
                {
                    return (AnchorKind.AsGiven, new TextSpan(section.Name, start, end), text);
                }
            }
        }

        foreach (var (comparison, kind) in new[] { (StringComparison.Ordinal, AnchorKind.Exact), (StringComparison.OrdinalIgnoreCase, AnchorKind.CaseInsensitive) })
        {
            foreach (var section in preference)
            {
                if (TextOccurrences.Nearest(section.Text, text, givenStart ?? 0, comparison) is int at)
                {
                    return (kind, new TextSpan(section.Name, at, at + text.Length), section.Text.Substring(at, text.Length));
                }
            }
        }

        return (AnchorKind.Unplaced, null, null);
    }

    private static (int? Start, int? End, string[] Sections) GivenPlace(JsonElement entity)
    {
        if (Int(entity, "start_char") is int start)
        {
            return (start, Int(entity, "end_char"), []);
        }

        if (entity.TryGetProperty("source_context", out var context) && context.ValueKind == JsonValueKind.Object)
        {
            var sections = String(context, "section") is { } module
                ? SectionsByModule.TryGetValue(module, out var mapped) ? mapped : [module]
                : [];
            if (String(context, "position")?.Split('-') is [var from, var to]
                && int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
                && int.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out var b))
            {
                return (a, b, sections);
            }

            return (null, null, sections);
        }

        return (null, null, []);
    }

    private static Mapping? ImportMapping(JsonElement element, string path, CaseContext context, List<Entity> entities, Dictionary<int, string> idsByIndex)
    {
        var elementName = String(element, "mcode_type") ?? String(element, "mcode_element");
        var value = String(element, "value") ?? String(element, "text");
        if (string.IsNullOrWhiteSpace(elementName))
        {
            context.Diagnostics.Error(path, $"a mapping of case \"{context.CaseId}\" names no mCODE element; it is skipped.", "Give \"mcode_type\" or \"mcode_element\".", context.Trial.Id);
            return null;
        }

        string? entityId = null;
        if (Int(element, "source_entity_index") is int index)
        {
            if (!idsByIndex.TryGetValue(index, out entityId))
            {
                context.Diagnostics.Warning(
                    JsonPaths.Property(path, "source_entity_index"),
                    $"case \"{context.CaseId}\": mapping to {elementName} points at entity {index}, which was not imported; the mapping keeps its value without a link.",
                    "Point source_entity_index at an existing entity.",
                    context.Trial.Id);
            }
        }
        else if (String(element, "text") is { } text)
        {
            entityId = (entities.FirstOrDefault(e => string.Equals(e.Text, text, StringComparison.Ordinal))
                ?? entities.FirstOrDefault(e => string.Equals(e.Text, text, StringComparison.OrdinalIgnoreCase)))?.Id;
            if (entityId is null)
            {
                context.Diagnostics.Warning(
                    path,
                    $"case \"{context.CaseId}\": mapping to {elementName} with text \"{text}\" matches no imported entity; the mapping keeps its value without a link.",
                    "Add an entity with the same text, or correct the mapping text.",
                    context.Trial.Id);
            }
        }

        if (value is null)
        {
            context.Diagnostics.Error(path, $"mapping to {elementName} of case \"{context.CaseId}\" has no value or text; it is skipped.", "Give \"value\" or \"text\".", context.Trial.Id);
            return null;
        }

        return new Mapping(elementName.Trim(), value, EntityId: entityId);
    }

    private static List<JsonElement> Objects(JsonElement owner, string objectName, string arrayName) =>
        owner.ValueKind == JsonValueKind.Object
        && owner.TryGetProperty(objectName, out var container)
        && container.ValueKind == JsonValueKind.Object
        && container.TryGetProperty(arrayName, out var array)
        && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList()
            : [];

    private static string? String(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private sealed record CaseContext(string CaseId, string CasePath, Trial Trial, DiagnosticList Diagnostics);
}
