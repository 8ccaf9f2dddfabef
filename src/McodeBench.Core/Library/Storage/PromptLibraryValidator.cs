using System.Text.RegularExpressions;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library.Storage;

/// <summary>
/// The rules a prompt library must follow, as diagnostics that name the file, the JSON path or template line, and the
/// fix. Files are checked by <see cref="PromptLibraryLoader"/> (which applies these rules); libraries built in memory
/// (by an importer or an editor) with <see cref="Validate(PromptLibrary, string)"/> before they are saved.
/// </summary>
public static partial class PromptLibraryValidator
{
    /// <summary>Every diagnostic of a prompt library file and its templates.</summary>
    public static IReadOnlyList<Diagnostic> ValidateFile(string path) => PromptLibraryLoader.Load(path).Diagnostics;

    /// <summary>Checks an in-memory library as if it were saved to <paramref name="libraryFile"/>.</summary>
    public static IReadOnlyList<Diagnostic> Validate(PromptLibrary library, string libraryFile)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentException.ThrowIfNullOrEmpty(libraryFile);
        var drafts = library.Prompts.Select((p, index) => new PromptEntryDraft(
            index, p.Key, p.Type.ToWireName(), p.TemplateFile, p.Template, p.Version, p.Description, p.Tags, p.Status.ToWireName(), p.IsDefault));
        return Check(drafts.ToList(), libraryFile);
    }

    /// <summary>Checks a template's placeholders against a prompt type; File and Location of the result name the template.</summary>
    public static IReadOnlyList<Diagnostic> ValidateTemplate(string templateText, PromptType type, string templateFile, string promptKey)
    {
        ArgumentNullException.ThrowIfNull(templateText);
        var diagnostics = new List<Diagnostic>();
        CheckPlaceholders(templateText, type, templateFile, templateFile, null, 1, promptKey, diagnostics);
        return diagnostics;
    }

    internal static List<Diagnostic> Check(IReadOnlyList<PromptEntryDraft> drafts, string libraryFile)
    {
        var diagnostics = new List<Diagnostic>();
        if (drafts.Count == 0)
        {
            diagnostics.Add(Diagnostic.Warning(libraryFile, "$.prompts", "The library has no prompts.", "Add at least one prompt of each type (extraction, mapping, direct)."));
        }

        var firstIndexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            LibraryFileRules.CheckKey(
                draft.Key, draft.Index, draft.PathOf("key"), "$.prompts", "Give each prompt its own key, e.g. by adding a version suffix ('-v2').", libraryFile, firstIndexByKey, diagnostics);
            var type = CheckType(draft, libraryFile, diagnostics);
            CheckStatus(draft, libraryFile, diagnostics);
            CheckTemplate(draft, type, libraryFile, diagnostics);
        }

        CheckDefaults(drafts, libraryFile, diagnostics);
        return diagnostics;
    }

    private static PromptType? CheckType(PromptEntryDraft draft, string file, List<Diagnostic> diagnostics)
    {
        if (draft.Type is null)
        {
            return null;
        }

        var type = PromptTypeNames.FromWireName(draft.Type);
        if (type is null)
        {
            diagnostics.Add(Diagnostic.Error(
                file,
                draft.PathOf("type"),
                $"Unknown prompt type '{draft.Type}' for prompt '{draft.Key}'.",
                $"Use one of {string.Join(", ", PromptTypeNames.All)}.{ClosestNames.DidYouMean(draft.Type, PromptTypeNames.All)}"));
        }

        return type;
    }

    private static void CheckStatus(PromptEntryDraft draft, string file, List<Diagnostic> diagnostics)
    {
        if (draft.Status is not null && PromptStatusNames.FromWireName(draft.Status) is null)
        {
            diagnostics.Add(Diagnostic.Error(
                file,
                draft.PathOf("status"),
                $"Unknown status '{draft.Status}' for prompt '{draft.Key}'.",
                $"Use one of {string.Join(", ", PromptStatusNames.All)}.{ClosestNames.DidYouMean(draft.Status, PromptStatusNames.All)}"));
        }
    }

    private static void CheckTemplate(PromptEntryDraft draft, PromptType? type, string file, List<Diagnostic> diagnostics)
    {
        if (draft.TemplateFile is not { } templateFile)
        {
            return;
        }

        var location = draft.PathOf("template_file");
        if (TemplatePath.Resolve(file, templateFile) is null)
        {
            diagnostics.Add(Diagnostic.Error(file, location, $"Template path '{templateFile}' of prompt '{draft.Key}' is absolute or leaves the library's folder.", "Give a path relative to the library file's folder, without '..', e.g. \"extraction/structured.txt\"."));
            return;
        }

        var display = TemplatePath.ForDisplay(file, templateFile);
        if (draft.TemplateText is null)
        {
            diagnostics.Add(Diagnostic.Error(file, location, $"Template file '{templateFile}' of prompt '{draft.Key}' was not found (looked for {display}).", MissingTemplateFix(file, templateFile)));
            return;
        }

        if (string.IsNullOrWhiteSpace(draft.TemplateText))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, display, $"Template of prompt '{draft.Key}' is empty.", "Write the prompt text into the file.", Line: 1));
            return;
        }

        if (type is { } knownType)
        {
            CheckPlaceholders(draft.TemplateText, knownType, file, display, location, null, draft.Key, diagnostics);
        }
    }

    private static void CheckPlaceholders(string text, PromptType type, string libraryFile, string templateFile, string? jsonPath, int? line, string? key, List<Diagnostic> diagnostics)
    {
        var template = new PromptTemplate(text);
        var typeName = type.ToWireName();
        var allowed = PromptTemplate.AllowedPlaceholders(type);
        foreach (var missing in template.MissingFor(type))
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                libraryFile,
                $"Template '{templateFile}' of the {typeName} prompt '{key}' lacks the required placeholder {{{missing}}}.",
                $"Add {{{missing}}} where the {Describe(missing)} goes, wrapped in tags: <{missing}>{{{missing}}}</{missing}>. {Capitalized(typeName)} prompts require {string.Join(" and ", PromptTemplate.RequiredPlaceholders(type).Select(p => "{" + p + "}"))}.",
                Line: line,
                JsonPath: jsonPath));
        }

        foreach (var unknown in template.UnknownFor(type))
        {
            var (unknownLine, unknownColumn) = Position(text, "{" + unknown + "}");
            var close = ClosestNames.Find(unknown, allowed);
            var didYouMean = close.Count > 0 ? $"Did you mean {string.Join(" or ", close.Select(c => "{" + c + "}"))}? " : string.Empty;
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                templateFile,
                $"Unknown placeholder {{{unknown}}} in the {typeName} prompt '{key}' (probably a typo); it would be left without a value.",
                $"{didYouMean}{Capitalized(typeName)} prompts may use {string.Join(", ", allowed.Select(p => "{" + p + "}"))}. For literal text in braces, put a space inside: {{ {unknown} }}.",
                unknownLine,
                unknownColumn));
        }

        foreach (Match doubled in DoubledPlaceholder().Matches(text))
        {
            var name = doubled.Groups["name"].Value;
            if (allowed.Contains(name, StringComparer.Ordinal))
            {
                var (doubledLine, doubledColumn) = Position(text, doubled.Value);
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    templateFile,
                    $"{doubled.Value} is not a placeholder: doubled braces are kept as they are (unlike Python's str.format).",
                    $"Write {{{name}}} with single braces.",
                    doubledLine,
                    doubledColumn));
            }
        }
    }

    private static void CheckDefaults(IReadOnlyList<PromptEntryDraft> drafts, string file, List<Diagnostic> diagnostics)
    {
        foreach (var type in Enum.GetValues<PromptType>())
        {
            var ofType = drafts.Where(d => PromptTypeNames.FromWireName(d.Type) == type).ToList();
            var defaults = ofType.Where(d => d.IsDefault).ToList();
            var typeName = type.ToWireName();
            if (ofType.Count > 0 && defaults.Count == 0)
            {
                diagnostics.Add(Diagnostic.Warning(file, "$.prompts", $"No {typeName} prompt is marked default; runs that name no {typeName} prompt cannot pick one.", $"Set \"default\": true on one {typeName} prompt."));
            }

            foreach (var extra in defaults.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(file, extra.PathOf("default"), $"Prompt '{extra.Key}' is marked default for {typeName}, but '{defaults[0].Key}' ($.prompts[{defaults[0].Index}]) already is.", $"Keep \"default\": true on one {typeName} prompt only."));
            }

            foreach (var deprecated in defaults.Where(d => d.Status == "deprecated"))
            {
                diagnostics.Add(Diagnostic.Warning(file, deprecated.PathOf("default"), $"The default {typeName} prompt '{deprecated.Key}' is deprecated.", $"Make a current {typeName} prompt the default."));
            }
        }
    }

    private static string MissingTemplateFix(string libraryFile, string templateFile)
    {
        var directory = TemplatePath.LibraryDirectory(libraryFile);
        var existing = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories).Select(f => TemplatePath.Normalize(Path.GetRelativePath(directory, f))).ToList()
            : [];
        var close = ClosestNames.Find(templateFile, existing);
        var hint = close.Count > 0 ? $" Did you mean \"{close[0]}\"?" : string.Empty;
        return $"Create the file, or correct \"template_file\" (paths are relative to the folder of {libraryFile}).{hint}";
    }

    private static string Describe(string placeholder) => placeholder switch
    {
        PromptTemplate.ClinicalText => "trial's text",
        PromptTemplate.EntitiesJson => "extracted entities (JSON)",
        PromptTemplate.TrialContext => "trial context",
        _ => "value",
    };

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static (int Line, int Column) Position(string text, string fragment)
    {
        var index = Math.Max(0, text.IndexOf(fragment, StringComparison.Ordinal));
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (line, index - lineStart + 1);
    }

    [GeneratedRegex(@"\{\{(?<name>[a-z][a-z0-9_]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex DoubledPlaceholder();
}
