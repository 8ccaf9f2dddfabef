using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library.Predecessor;

/// <summary>
/// Translates a predecessor template into McodeBench's syntax. Templates the predecessor filled with Python's
/// <c>str.format</c> double their literal braces (<c>{{ }}</c>); ours need no escaping, so doubled braces become single
/// ones and placeholders are renamed to ours. Templates without doubled braces were never valid format strings for
/// JSON examples, so their braces are kept as written and only placeholders are renamed.
/// </summary>
internal static partial class PredecessorTemplateTranslator
{
    private static readonly FrozenDictionary<string, string> PlaceholderAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["clinical_text"] = PromptTemplate.ClinicalText,
        ["text"] = PromptTemplate.ClinicalText,
        ["trial_text"] = PromptTemplate.ClinicalText,
        ["input_text"] = PromptTemplate.ClinicalText,
        ["clinical_trial_text"] = PromptTemplate.ClinicalText,
        ["entities_json"] = PromptTemplate.EntitiesJson,
        ["entities"] = PromptTemplate.EntitiesJson,
        ["extracted_entities"] = PromptTemplate.EntitiesJson,
        ["nlp_entities"] = PromptTemplate.EntitiesJson,
        ["trial_context"] = PromptTemplate.TrialContext,
        ["context"] = PromptTemplate.TrialContext,
        ["trial_info"] = PromptTemplate.TrialContext,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static TranslatedTemplate Translate(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var translated = text.Contains("{{", StringComparison.Ordinal)
            ? TranslateFormatString(text, file, diagnostics)
            : RenamePlaceholders(text, file, diagnostics);
        return new TranslatedTemplate(translated, diagnostics);
    }

    private static string TranslateFormatString(string text, string file, List<Diagnostic> diagnostics)
    {
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '{' && At(text, i + 1, '{'))
            {
                // A literal "{name}" in Python would become a placeholder in our syntax; a space keeps it literal.
                var literalName = LiteralPlaceholder().Match(text, i + 2);
                if (literalName.Success && literalName.Index == i + 2 && AllowedAnywhere(literalName.Groups["name"].Value))
                {
                    var name = literalName.Groups["name"].Value;
                    Report(diagnostics, DiagnosticSeverity.Warning, file, text, i, $"{{{{{name}}}}} is literal text in Python but would be a placeholder here; written as {{ {name} }}.", "Check that the prompt still reads as intended.");
                    output.Append("{ ").Append(name).Append(" }");
                    i += 2 + literalName.Length;
                    continue;
                }

                output.Append('{');
                i += 2;
            }
            else if (c == '}' && At(text, i + 1, '}'))
            {
                output.Append('}');
                i += 2;
            }
            else if (c == '{')
            {
                var close = text.IndexOf('}', i + 1);
                var open = text.IndexOf('{', i + 1);
                if (close < 0 || (open >= 0 && open < close))
                {
                    Report(diagnostics, DiagnosticSeverity.Warning, file, text, i, "A single '{' with no field after it; Python's str.format would have failed here. It is kept as a literal brace.", "Check the prompt text around this brace.");
                    output.Append(c);
                    i++;
                    continue;
                }

                var field = text[(i + 1)..close];
                output.Append(TranslateField(field, file, text, i, diagnostics));
                i = close + 1;
            }
            else
            {
                output.Append(c);
                i++;
            }
        }

        return output.ToString();
    }

    private static string TranslateField(string field, string file, string text, int index, List<Diagnostic> diagnostics)
    {
        var nameLength = field.IndexOfAny(['!', ':']);
        var name = nameLength < 0 ? field : field[..nameLength];
        if (!PythonIdentifier().IsMatch(name))
        {
            var message = name.Length == 0 || name.All(char.IsAsciiDigit)
                ? $"Positional placeholder {{{field}}} cannot be translated; McodeBench placeholders are named."
                : $"'{{{field}}}' is not a placeholder; Python's str.format would have failed here. It is kept as literal text.";
            var severity = name.Length == 0 || name.All(char.IsAsciiDigit) ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            Report(diagnostics, severity, file, text, index, message, "Use {clinical_text}, {entities_json} or {trial_context}.");
            return "{" + field + "}";
        }

        if (nameLength >= 0)
        {
            Report(diagnostics, DiagnosticSeverity.Warning, file, text, index, $"Placeholder {{{field}}} has a conversion or format spec, which McodeBench does not apply; it is dropped.", "Check that the value needs no formatting.");
        }

        return "{" + Rename(name, file, text, index, diagnostics) + "}";
    }

    private static string RenamePlaceholders(string text, string file, List<Diagnostic> diagnostics)
    {
        if (OurPlaceholder().Replace(text, string.Empty).Contains('{', StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Info(file, string.Empty, "The template has no doubled braces, so it was not a Python format string; its braces are kept as written."));
        }

        return OurPlaceholder().Replace(text, match => "{" + Rename(match.Groups["name"].Value, file, text, match.Index, diagnostics) + "}");
    }

    private static string Rename(string name, string file, string text, int index, List<Diagnostic> diagnostics)
    {
        if (PlaceholderAliases.TryGetValue(name, out var ours))
        {
            if (ours != name)
            {
                Report(diagnostics, DiagnosticSeverity.Info, file, text, index, $"Placeholder {{{name}}} renamed to {{{ours}}}.", string.Empty);
            }

            return ours;
        }

        var close = ClosestNames.Find(name, PlaceholderAliases.Values.Distinct());
        Report(
            diagnostics,
            DiagnosticSeverity.Error,
            file,
            text,
            index,
            $"Placeholder {{{name}}} has no McodeBench counterpart; the pipeline would leave it without a value.",
            $"Edit the template to use {{clinical_text}}, {{entities_json}} or {{trial_context}}{(close.Count > 0 ? $" (perhaps {{{close[0]}}})" : string.Empty)}, then import again.");
        return name;
    }

    private static bool AllowedAnywhere(string name) =>
        name is PromptTemplate.ClinicalText or PromptTemplate.EntitiesJson or PromptTemplate.TrialContext;

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;

    private static void Report(List<Diagnostic> diagnostics, DiagnosticSeverity severity, string file, string text, int index, string message, string fix)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        diagnostics.Add(new Diagnostic(severity, file, message, fix, line, index - lineStart + 1));
    }

    [GeneratedRegex(@"\G(?<name>[a-z][a-z0-9_]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex LiteralPlaceholder();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PythonIdentifier();

    [GeneratedRegex(@"(?<!\{)\{(?<name>[a-z][a-z0-9_]*)\}(?!\})", RegexOptions.CultureInvariant)]
    private static partial Regex OurPlaceholder();
}
