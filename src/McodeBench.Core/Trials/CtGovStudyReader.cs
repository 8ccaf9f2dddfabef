using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Trials;

/// <summary>
/// Reads ClinicalTrials.gov API v2 study records into <see cref="Trial"/>s. Accepts one study object, an array of
/// studies, an API search page (<c>{"studies": [...]}</c>), NDJSON (one study per line) and the predecessor's
/// <c>{"test_cases": {case id: study}}</c> wrapper. Problems become diagnostics; a bad study or line is skipped and the
/// rest still load. See docs/trials.md for the field mapping.
/// </summary>
public static partial class CtGovStudyReader
{
    private const string NdjsonFix = "Each line of an NDJSON file must hold one complete study object on a single line.";
    private const string JsonFix = "Correct the JSON at that place (a validator or an editor with JSON support shows the exact token).";

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    public static async Task<TrialLoadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new TrialLoadResult([], [new Diagnostic(
                DiagnosticSeverity.Error, path, "file not found.", "Check the path; CT.gov files are .json or .ndjson.")]);
        }

        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, path, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <param name="sourceName">The file name used in diagnostics; a <c>.ndjson</c> or <c>.jsonl</c> name is read line by line as it streams.</param>
    public static async Task<TrialLoadResult> ReadAsync(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var collector = new Collector(sourceName);
        if (HasNdjsonExtension(sourceName))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var lineNumber = 0;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                ReadNdjsonLine(line, ++lineNumber, collector);
            }

            return collector.ToResult();
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        ReadContent(buffer.ToArray(), collector);
        return collector.ToResult();
    }

    /// <summary>Reads JSON or NDJSON text already in memory.</summary>
    public static TrialLoadResult Read(string content, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(sourceName);
        var collector = new Collector(sourceName);
        ReadContent(Encoding.UTF8.GetBytes(content), collector);
        return collector.ToResult();
    }

    private static bool HasNdjsonExtension(string sourceName) =>
        sourceName.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
        || sourceName.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static void ReadContent(byte[] utf8, Collector collector)
    {
        var content = SkipByteOrderMark(utf8);
        if (HasNdjsonExtension(collector.Diagnostics.Source) || HoldsSeveralValues(content.Span))
        {
            using var reader = new StringReader(Encoding.UTF8.GetString(content.Span));
            var lineNumber = 0;
            while (reader.ReadLine() is { } line)
            {
                ReadNdjsonLine(line, ++lineNumber, collector);
            }

            return;
        }

        if (Utf8Check.Find(content.Span, collector.Diagnostics.Source) is { } notUtf8)
        {
            collector.Diagnostics.Add(notUtf8);
            return;
        }

        if (content.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            collector.Diagnostics.Error(null, "the file is empty.", "Give it one study object, an array of studies, or one study per line (NDJSON).");
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(content, DocumentOptions);
            ReadRoot(document.RootElement, collector);
        }
        catch (JsonException exception)
        {
            collector.Diagnostics.Add(JsonSyntaxError.From(exception, content.Span, collector.Diagnostics.Source, JsonFix));
        }
    }

    private static ReadOnlyMemory<byte> SkipByteOrderMark(byte[] utf8) =>
        utf8.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8.AsMemory(3) : utf8;

    // NDJSON without a telling file name: the first value parses, fits on the first line, and more values follow it.
    private static bool HoldsSeveralValues(ReadOnlySpan<byte> content)
    {
        try
        {
            var reader = new Utf8JsonReader(content, new JsonReaderOptions { AllowMultipleValues = true, MaxDepth = 256 });
            if (!reader.Read())
            {
                return false;
            }

            var start = (int)reader.TokenStartIndex;
            reader.Skip();

            // NDJSON puts each value on one line; a pretty-printed document with junk after it is a syntax error instead.
            var consumed = (int)reader.BytesConsumed;
            return !content[start..consumed].Contains((byte)'\n') && !content[consumed..].Trim(" \t\r\n"u8).IsEmpty;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static void ReadNdjsonLine(string line, int lineNumber, Collector collector)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        collector.Diagnostics.Line = lineNumber;
        try
        {
            using var document = JsonDocument.Parse(line, DocumentOptions);
            ReadRoot(document.RootElement, collector);
        }
        catch (JsonException exception)
        {
            collector.Diagnostics.Add(JsonSyntaxError.From(exception, line, collector.Diagnostics.Source, NdjsonFix, lineNumber));
        }
        finally
        {
            collector.Diagnostics.Line = null;
        }
    }

    private static void ReadRoot(JsonElement root, Collector collector)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var study in root.EnumerateArray())
            {
                ReadStudy(study, JsonPaths.Index(JsonPaths.Root, index++), null, collector);
            }

            return;
        }

        if (root.ValueKind == JsonValueKind.Object)
        {
            if (root.TryGetProperty("test_cases", out var cases) && cases.ValueKind == JsonValueKind.Object)
            {
                var casesPath = JsonPaths.Property(JsonPaths.Root, "test_cases");
                foreach (var testCase in cases.EnumerateObject())
                {
                    ReadStudy(testCase.Value, JsonPaths.Property(casesPath, testCase.Name), testCase.Name, collector);
                }

                return;
            }

            if (root.TryGetProperty("studies", out var studies) && studies.ValueKind == JsonValueKind.Array)
            {
                var studiesPath = JsonPaths.Property(JsonPaths.Root, "studies");
                var index = 0;
                foreach (var study in studies.EnumerateArray())
                {
                    ReadStudy(study, JsonPaths.Index(studiesPath, index++), null, collector);
                }

                return;
            }

            ReadStudy(root, JsonPaths.Root, null, collector);
            return;
        }

        collector.Diagnostics.Error(
            JsonPaths.Root,
            $"expected a study object or an array of studies, found {root.ValueKind.Describe()}.",
            "Give one study object, an array of studies, or one study per line (NDJSON).");
    }

    private static void ReadStudy(JsonElement study, string path, string? caseId, Collector collector)
    {
        var diagnostics = collector.Diagnostics;
        if (study.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Error(path, $"expected a study object, found {study.ValueKind.Describe()}.", "Each study is a JSON object with a protocolSection.");
            return;
        }

        var protocolPath = JsonPaths.Property(path, "protocolSection");
        if (!study.TryGetProperty("protocolSection", out var protocol) || protocol.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Error(
                protocolPath,
                "not a ClinicalTrials.gov API v2 study: protocolSection is missing.",
                "Use the API v2 JSON (https://clinicaltrials.gov/api/v2/studies/NCT...); the classic v1 and XML formats are not read.");
            return;
        }

        var fields = new StudyFields(protocol, protocolPath, diagnostics);
        var nctId = fields.String("identificationModule", "nctId");
        var id = nctId ?? caseId;
        if (id is null)
        {
            diagnostics.Error(
                JsonPaths.Property(JsonPaths.Property(protocolPath, "identificationModule"), "nctId"),
                "the study has no NCT id, so it cannot be named.",
                "Add protocolSection.identificationModule.nctId (e.g. \"NCT01234567\").");
            return;
        }

        fields.TrialId = id;
        var briefTitle = fields.String("identificationModule", "briefTitle");
        var officialTitle = fields.String("identificationModule", "officialTitle");
        var conditions = fields.Strings("conditionsModule", "conditions");
        var keywords = fields.Strings("conditionsModule", "keywords");
        var eligibility = fields.String("eligibilityModule", "eligibilityCriteria");

        var sections = new List<TrialSection>();
        AddSection(sections, SectionNames.BriefTitle, briefTitle);
        AddSection(sections, SectionNames.OfficialTitle, officialTitle);
        AddSection(sections, SectionNames.Conditions, string.Join('\n', conditions));
        AddSection(sections, SectionNames.Keywords, string.Join('\n', keywords));
        AddSection(sections, SectionNames.BriefSummary, fields.String("descriptionModule", "briefSummary"));
        AddSection(sections, SectionNames.DetailedDescription, fields.String("descriptionModule", "detailedDescription"));
        AddSection(sections, SectionNames.Eligibility, eligibility);
        AddSection(sections, SectionNames.Interventions, InterventionLines(fields));

        if (string.IsNullOrWhiteSpace(eligibility))
        {
            diagnostics.Warning(
                JsonPaths.Property(JsonPaths.Property(protocolPath, "eligibilityModule"), "eligibilityCriteria"),
                $"{id} has no eligibility criteria; it loads without an '{SectionNames.Eligibility}' section, so prompts see no criteria and gold spans in that section cannot be placed.",
                "Use the full API v2 record if the study has criteria; otherwise leave it out of runs that need them.",
                id);
        }

        var tags = new List<string>();
        tags.AddRange(fields.Strings("designModule", "phases").Select(TrialTags.Phase));
        if (fields.String("statusModule", "overallStatus") is { } status)
        {
            tags.Add(TrialTags.Status(status));
        }

        if (fields.String("designModule", "studyType") is { } studyType)
        {
            tags.Add(TrialTags.StudyType(studyType));
        }

        tags.AddRange(conditions.Select(TrialTags.Condition));
        if (caseId is not null)
        {
            tags.Add(TrialTags.Case(caseId));
        }

        var trial = new Trial(
            id,
            briefTitle ?? officialTitle ?? id,
            sections,
            conditions,
            keywords,
            tags.Distinct(StringComparer.Ordinal).ToList());
        collector.Add(trial, path);
    }

    private static void AddSection(List<TrialSection> sections, string name, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            sections.Add(new TrialSection(name, text));
        }
    }

    // One line per intervention, "Type: Name — description", so each one is a findable unit of the text.
    private static string InterventionLines(StudyFields fields)
    {
        var lines = new List<string>();
        foreach (var (intervention, path) in fields.Objects("armsInterventionsModule", "interventions"))
        {
            var name = StudyFields.OptionalString(intervention, "name");
            if (string.IsNullOrWhiteSpace(name))
            {
                fields.Diagnostics.Warning(
                    JsonPaths.Property(path, "name"),
                    "an intervention without a name is left out of the interventions section.",
                    "Give the intervention a name.",
                    fields.TrialId);
                continue;
            }

            var line = new StringBuilder();
            if (StudyFields.OptionalString(intervention, "type") is { Length: > 0 } type)
            {
                line.Append(HumanType(type)).Append(": ");
            }

            line.Append(OneLine(name));
            if (StudyFields.OptionalString(intervention, "description") is { } description && !string.IsNullOrWhiteSpace(description))
            {
                line.Append(" — ").Append(OneLine(description));
            }

            lines.Add(line.ToString());
        }

        return string.Join('\n', lines);
    }

    private static string HumanType(string type)
    {
        var words = type.Trim().Replace('_', ' ').ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string OneLine(string text) => LineBreaks().Replace(text.Trim(), " ");

    [GeneratedRegex(@"[ \t]*(\r\n|\r|\n)+[ \t]*")]
    private static partial Regex LineBreaks();

    /// <summary>Typed access to <c>protocolSection.&lt;module&gt;.&lt;field&gt;</c> that reports values of the wrong kind.</summary>
    private sealed class StudyFields(JsonElement protocol, string protocolPath, DiagnosticList diagnostics)
    {
        public DiagnosticList Diagnostics { get; } = diagnostics;

        public string? TrialId { get; set; }

        public static string? OptionalString(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        public string? String(string module, string field)
        {
            if (!TryGetField(module, field, out var value, out var path))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            WrongKind(path, "a string", value.ValueKind);
            return null;
        }

        public List<string> Strings(string module, string field)
        {
            if (!TryGetField(module, field, out var value, out var path))
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                WrongKind(path, "an array of strings", value.ValueKind);
                return [];
            }

            var result = new List<string>();
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                {
                    result.Add(item.GetString()!);
                }
                else if (item.ValueKind != JsonValueKind.String)
                {
                    WrongKind(JsonPaths.Index(path, index), "a string", item.ValueKind);
                }

                index++;
            }

            return result;
        }

        public IEnumerable<(JsonElement Value, string Path)> Objects(string module, string field)
        {
            if (!TryGetField(module, field, out var value, out var path))
            {
                yield break;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                WrongKind(path, "an array of objects", value.ValueKind);
                yield break;
            }

            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var itemPath = JsonPaths.Index(path, index++);
                if (item.ValueKind == JsonValueKind.Object)
                {
                    yield return (item, itemPath);
                }
                else
                {
                    WrongKind(itemPath, "an object", item.ValueKind);
                }
            }
        }

        private bool TryGetField(string module, string field, out JsonElement value, out string path)
        {
            var modulePath = JsonPaths.Property(protocolPath, module);
            path = JsonPaths.Property(modulePath, field);
            value = default;
            if (!protocol.TryGetProperty(module, out var moduleElement) || moduleElement.ValueKind == JsonValueKind.Null)
            {
                return false;
            }

            if (moduleElement.ValueKind != JsonValueKind.Object)
            {
                WrongKind(modulePath, "an object", moduleElement.ValueKind);
                return false;
            }

            return moduleElement.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null;
        }

        private void WrongKind(string path, string expected, JsonValueKind found) =>
            Diagnostics.Warning(
                path,
                $"expected {expected}, found {found.Describe()}; the value is ignored.",
                "Use the API v2 shape for this field (see https://clinicaltrials.gov/data-api/about-api/study-data-structure).",
                TrialId);
    }

    /// <summary>Gathers trials and diagnostics for one source; a repeated NCT id keeps its first copy.</summary>
    private sealed class Collector(string source)
    {
        private readonly List<Trial> trials = [];
        private readonly Dictionary<string, string> firstSeenAt = new(StringComparer.Ordinal);

        public DiagnosticList Diagnostics { get; } = new(source);

        public void Add(Trial trial, string path)
        {
            var place = Diagnostics.Line is int line ? $"line {line}" : path;
            if (firstSeenAt.TryGetValue(trial.Id, out var first))
            {
                Diagnostics.Warning(
                    path,
                    $"trial {trial.Id} appears again (first at {first}); the first copy is kept.",
                    "Remove the duplicate study.",
                    trial.Id);
                return;
            }

            firstSeenAt[trial.Id] = place;
            trials.Add(trial);
        }

        public TrialLoadResult ToResult() => new(trials, Diagnostics.Items.ToList());
    }
}
