using System.Text;
using System.Text.Json;
using McodeBench.Core.Annotations;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Gold;

/// <summary>
/// Reads native gold files (<c>{"format":"mcodebench-gold","version":1,"trials":[...]}</c>, docs/gold-format.md).
/// Every problem becomes a diagnostic naming the file and the JSON path (line and column for syntax errors); an entity
/// or mapping with a problem is left out and the rest still loads. Checks that need the trial text are
/// <see cref="GoldValidator"/>'s.
/// </summary>
public static class GoldStandardReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static async Task<GoldLoadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new GoldLoadResult([], [new Diagnostic(
                DiagnosticSeverity.Error, path, "file not found.", $"Check the path; gold files usually end in {GoldFormat.FileExtension}.")]);
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Read(bytes, path);
    }

    /// <summary>Reads several files as one gold set; a trial id given in two places is an error and its second copy is dropped.</summary>
    public static async Task<GoldLoadResult> ReadFilesAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var entries = new List<GoldEntry>();
        var diagnostics = new List<Diagnostic>();
        foreach (var path in paths)
        {
            var result = await ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
            diagnostics.AddRange(result.Diagnostics);
            foreach (var entry in result.Entries)
            {
                if (entries.FirstOrDefault(e => string.Equals(e.TrialId, entry.TrialId, StringComparison.Ordinal)) is { } first)
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticSeverity.Error,
                        entry.Origin.Source,
                        $"gold for trial {entry.TrialId} is also in {first.Origin.Source} at {first.Origin.TrialPath}; this copy is ignored.",
                        "Keep one gold entry per trial.",
                        JsonPath: entry.Origin.TrialPath,
                        TrialId: entry.TrialId));
                    continue;
                }

                entries.Add(entry);
            }
        }

        return new GoldLoadResult(entries, diagnostics);
    }

    public static GoldLoadResult Read(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), sourceName);
    }

    private static GoldLoadResult Read(byte[] utf8, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        if (Utf8Check.Find(utf8, sourceName) is { } notUtf8)
        {
            return new GoldLoadResult([], [notUtf8]);
        }

        var diagnostics = new DiagnosticList(sourceName);
        var entries = new List<GoldEntry>();
        ReadOnlyMemory<byte> content = utf8.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8.AsMemory(3) : utf8;
        try
        {
            using var document = JsonDocument.Parse(content, DocumentOptions);
            ReadRoot(document.RootElement, new Fields(diagnostics), entries);
        }
        catch (JsonException exception)
        {
            diagnostics.Add(JsonSyntaxError.From(
                exception, content.Span, sourceName, "Correct the JSON at that place; gold files are plain JSON (no comments, no trailing commas)."));
        }

        return new GoldLoadResult(entries, diagnostics.Items.ToList());
    }

    private static void ReadRoot(JsonElement root, Fields fields, List<GoldEntry> entries)
    {
        const string rootPath = JsonPaths.Root;
        if (root.ValueKind != JsonValueKind.Object)
        {
            fields.Diagnostics.Error(rootPath, "a gold file is a JSON object.", $"Start the file with {{\"format\": \"{GoldFormat.Name}\", \"version\": {GoldFormat.CurrentVersion}, \"trials\": [...]}}.");
            return;
        }

        if (!CheckHeader(root, fields))
        {
            return;
        }

        var trialsPath = JsonPaths.Property(rootPath, "trials");
        if (fields.RequiredArray(root, "trials", rootPath) is not { } trials)
        {
            return;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var trial in trials.EnumerateArray())
        {
            var trialPath = JsonPaths.Index(trialsPath, index++);
            if (ReadTrial(trial, trialPath, fields) is not { } entry)
            {
                continue;
            }

            if (seen.TryGetValue(entry.TrialId, out var firstPath))
            {
                fields.Diagnostics.Error(
                    JsonPaths.Property(trialPath, "trial_id"),
                    $"trial {entry.TrialId} is already given at {firstPath}; this copy is ignored.",
                    "Merge the two entries into one.",
                    entry.TrialId);
                continue;
            }

            seen[entry.TrialId] = trialPath;
            entries.Add(entry);
        }
    }

    private static bool CheckHeader(JsonElement root, Fields fields)
    {
        var diagnostics = fields.Diagnostics;
        var header = $"Start the file with \"format\": \"{GoldFormat.Name}\", \"version\": {GoldFormat.CurrentVersion}.";
        if (!root.TryGetProperty("format", out var format))
        {
            var looksLikePredecessor = root.TryGetProperty("gold_standard", out _);
            diagnostics.Error(
                JsonPaths.Property(JsonPaths.Root, "format"),
                looksLikePredecessor
                    ? "this is a gold file of the Python predecessor, not a McodeBench gold file."
                    : $"not a McodeBench gold file: \"format\" is missing.",
                looksLikePredecessor ? "Import it with PredecessorGoldImporter (it re-anchors the spans), then save it in the native format." : header);
            return false;
        }

        if (format.ValueKind != JsonValueKind.String || !string.Equals(format.GetString(), GoldFormat.Name, StringComparison.Ordinal))
        {
            diagnostics.Error(JsonPaths.Property(JsonPaths.Root, "format"), $"\"format\" must be \"{GoldFormat.Name}\", found {format.GetRawText()}.", header);
            return false;
        }

        var versionPath = JsonPaths.Property(JsonPaths.Root, "version");
        if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var number))
        {
            diagnostics.Error(versionPath, "\"version\" is missing or not a whole number.", header);
            return false;
        }

        if (number > GoldFormat.CurrentVersion)
        {
            diagnostics.Error(versionPath, $"version {number} was written by a newer McodeBench; this one reads version {GoldFormat.CurrentVersion}.", "Update McodeBench.");
            return false;
        }

        if (number < 1)
        {
            diagnostics.Error(versionPath, $"version {number} does not exist.", header);
            return false;
        }

        return true;
    }

    private static GoldEntry? ReadTrial(JsonElement trial, string path, Fields fields)
    {
        if (trial.ValueKind != JsonValueKind.Object)
        {
            fields.Diagnostics.Error(path, "each element of \"trials\" is an object with trial_id, entities and mappings.", "Replace it with {\"trial_id\": \"NCT...\", \"entities\": [], \"mappings\": []}.");
            return null;
        }

        if (fields.RequiredString(trial, "trial_id", path) is not { } trialId)
        {
            return null;
        }

        fields.TrialId = trialId;
        var entities = new List<Entity>();
        var entityPaths = new List<string>();
        foreach (var (element, elementPath) in fields.OptionalArray(trial, "entities", path))
        {
            if (ReadEntity(element, elementPath, fields) is { } entity)
            {
                entities.Add(entity);
                entityPaths.Add(elementPath);
            }
        }

        var mappings = new List<Mapping>();
        var mappingPaths = new List<string>();
        foreach (var (element, elementPath) in fields.OptionalArray(trial, "mappings", path))
        {
            if (ReadMapping(element, elementPath, fields) is { } mapping)
            {
                mappings.Add(mapping);
                mappingPaths.Add(elementPath);
            }
        }

        fields.TrialId = null;
        return new GoldEntry(
            new GoldStandard(trialId, entities, mappings),
            new GoldSourceMap(fields.Diagnostics.Source, path, entityPaths, mappingPaths));
    }

    private static Entity? ReadEntity(JsonElement entity, string path, Fields fields)
    {
        if (!fields.IsObject(entity, path, "an entity"))
        {
            return null;
        }

        var id = fields.RequiredString(entity, "id", path);
        var span = ReadSpan(entity, path, fields);
        var text = fields.RequiredString(entity, "text", path);
        var type = fields.RequiredString(entity, "type", path);
        var criterion = Criterion.None;
        if (fields.OptionalString(entity, "criterion", path) is { } criterionText)
        {
            if (CriterionNames.FromWireName(criterionText) is { } parsed)
            {
                criterion = parsed;
            }
            else
            {
                fields.Diagnostics.Error(
                    JsonPaths.Property(path, "criterion"),
                    $"criterion \"{criterionText}\" is not one of inclusion, exclusion, none; the entity is read with none.",
                    "Write \"inclusion\", \"exclusion\" or \"none\".",
                    fields.TrialId);
            }
        }

        var negated = fields.OptionalBoolean(entity, "negated", path) ?? false;
        return id is null || span is null || text is null || type is null
            ? null
            : new Entity(text, type, span, criterion, negated, id);
    }

    private static TextSpan? ReadSpan(JsonElement element, string path, Fields fields)
    {
        var section = fields.RequiredString(element, "section", path);
        var start = fields.RequiredInt(element, "start", path);
        var end = fields.RequiredInt(element, "end", path);
        if (section is null || start is null || end is null)
        {
            return null;
        }

        if (start < 0 || end < start)
        {
            fields.Diagnostics.Error(
                JsonPaths.Property(path, start < 0 ? "start" : "end"),
                $"the span [{start},{end}) is not a range: start must be at least 0 and end (exclusive) at least start.",
                "Give character offsets into the section's text, end exclusive.",
                fields.TrialId);
            return null;
        }

        return new TextSpan(section, start.Value, end.Value);
    }

    private static Mapping? ReadMapping(JsonElement mapping, string path, Fields fields)
    {
        if (!fields.IsObject(mapping, path, "a mapping"))
        {
            return null;
        }

        var element = fields.RequiredString(mapping, "element", path);
        var value = fields.OptionalString(mapping, "value", path);
        var entityId = fields.OptionalString(mapping, "entity_id", path);
        CodeRef? code = null;
        var codePath = JsonPaths.Property(path, "code");
        if (mapping.TryGetProperty("code", out var codeElement) && codeElement.ValueKind != JsonValueKind.Null)
        {
            if (!fields.IsObject(codeElement, codePath, "a code"))
            {
                return null;
            }

            var system = fields.RequiredString(codeElement, "system", codePath);
            var codeValue = fields.RequiredString(codeElement, "code", codePath);
            if (system is null || codeValue is null)
            {
                return null;
            }

            code = new CodeRef(system, codeValue, fields.OptionalString(codeElement, "display", codePath));
        }

        TextSpan? span = null;
        var spanPath = JsonPaths.Property(path, "span");
        if (mapping.TryGetProperty("span", out var spanElement) && spanElement.ValueKind != JsonValueKind.Null)
        {
            if (!fields.IsObject(spanElement, spanPath, "a span") || ReadSpan(spanElement, spanPath, fields) is not { } readSpan)
            {
                return null;
            }

            span = readSpan;
        }

        if (element is null)
        {
            return null;
        }

        if (value is null && code is null)
        {
            fields.Diagnostics.Error(path, $"mapping to {element} has neither a value nor a code.", "Give \"value\" (the finding as text), \"code\", or both.", fields.TrialId);
            return null;
        }

        return new Mapping(element, value, code, entityId, span);
    }

    /// <summary>Typed field access that reports missing or mistyped fields at their JSON path.</summary>
    private sealed class Fields(DiagnosticList diagnostics)
    {
        public DiagnosticList Diagnostics { get; } = diagnostics;

        public string? TrialId { get; set; }

        public bool IsObject(JsonElement element, string path, string what)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                return true;
            }

            Diagnostics.Error(path, $"expected {what} (a JSON object), found {element.ValueKind.Describe()}.", "See docs/gold-format.md for the shape.", TrialId);
            return false;
        }

        public string? RequiredString(JsonElement owner, string name, string ownerPath)
        {
            var path = JsonPaths.Property(ownerPath, name);
            if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                Diagnostics.Error(path, $"required field \"{name}\" is missing.", $"Add \"{name}\" to the object at {ownerPath}.", TrialId);
                return null;
            }

            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                Diagnostics.Error(path, $"\"{name}\" must be a non-empty string, found {value.GetRawText()}.", $"Write \"{name}\" as a JSON string.", TrialId);
                return null;
            }

            return value.GetString();
        }

        public string? OptionalString(JsonElement owner, string name, string ownerPath)
        {
            if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            Diagnostics.Error(JsonPaths.Property(ownerPath, name), $"\"{name}\" must be a string, found {value.GetRawText()}; it is ignored.", $"Write \"{name}\" as a JSON string or leave it out.", TrialId);
            return null;
        }

        public int? RequiredInt(JsonElement owner, string name, string ownerPath)
        {
            var path = JsonPaths.Property(ownerPath, name);
            if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                Diagnostics.Error(path, $"required field \"{name}\" is missing.", $"Add \"{name}\" (a character offset) to the object at {ownerPath}.", TrialId);
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            {
                return number;
            }

            Diagnostics.Error(path, $"\"{name}\" must be a whole number, found {value.GetRawText()}.", $"Write \"{name}\" as a character offset, e.g. 42.", TrialId);
            return null;
        }

        public bool? OptionalBoolean(JsonElement owner, string name, string ownerPath)
        {
            if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }

            Diagnostics.Error(JsonPaths.Property(ownerPath, name), $"\"{name}\" must be true or false, found {value.GetRawText()}; false is used.", $"Write \"{name}\": true or false.", TrialId);
            return null;
        }

        public JsonElement? RequiredArray(JsonElement owner, string name, string ownerPath)
        {
            var path = JsonPaths.Property(ownerPath, name);
            if (!owner.TryGetProperty(name, out var value))
            {
                Diagnostics.Error(path, $"required field \"{name}\" is missing.", $"Add \"{name}\": [...] to the object at {ownerPath}.", TrialId);
                return null;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Diagnostics.Error(path, $"\"{name}\" must be an array, found {value.ValueKind.ToString().ToLowerInvariant()}.", $"Write \"{name}\": [...].", TrialId);
                return null;
            }

            return value;
        }

        public List<(JsonElement Element, string Path)> OptionalArray(JsonElement owner, string name, string ownerPath)
        {
            if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            var path = JsonPaths.Property(ownerPath, name);
            if (value.ValueKind != JsonValueKind.Array)
            {
                Diagnostics.Error(path, $"\"{name}\" must be an array, found {value.ValueKind.ToString().ToLowerInvariant()}.", $"Write \"{name}\": [...].", TrialId);
                return [];
            }

            return value.EnumerateArray().Select((element, index) => (element, JsonPaths.Index(path, index))).ToList();
        }
    }
}
