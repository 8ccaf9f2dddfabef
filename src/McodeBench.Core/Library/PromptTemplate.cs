using System.Text;
using System.Text.RegularExpressions;

namespace McodeBench.Core.Library;

/// <summary>
/// A prompt template with named placeholders such as <c>{clinical_text}</c>. Only a lower-case identifier in single
/// braces is a placeholder; every other brace is literal text, so JSON examples need no escaping (unlike the
/// predecessor's Python <c>{{ }}</c> templates, which the importer translates).
/// </summary>
public sealed partial class PromptTemplate
{
    public const string ClinicalText = "clinical_text";
    public const string EntitiesJson = "entities_json";
    public const string TrialContext = "trial_context";

    public PromptTemplate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Placeholders = PlaceholderPattern().Matches(text).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToList();
    }

    public string Text { get; }

    /// <summary>The distinct placeholder names, in order of first appearance.</summary>
    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>The placeholders a prompt of the given type must contain.</summary>
    public static IReadOnlyList<string> RequiredPlaceholders(PromptType type) => type switch
    {
        PromptType.Extraction => [ClinicalText],
        PromptType.Mapping => [EntitiesJson, TrialContext],
        PromptType.Direct => [ClinicalText],
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown prompt type."),
    };

    /// <summary>Every placeholder a prompt of the given type may use.</summary>
    public static IReadOnlyList<string> AllowedPlaceholders(PromptType type) => type switch
    {
        PromptType.Extraction => [ClinicalText, TrialContext],
        PromptType.Mapping => [EntitiesJson, TrialContext, ClinicalText],
        PromptType.Direct => [ClinicalText, TrialContext],
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown prompt type."),
    };

    /// <summary>Required placeholders of <paramref name="type"/> that the template lacks.</summary>
    public IReadOnlyList<string> MissingFor(PromptType type) =>
        RequiredPlaceholders(type).Where(p => !Placeholders.Contains(p, StringComparer.Ordinal)).ToList();

    /// <summary>Placeholders the template uses that <paramref name="type"/> does not allow (usually typos).</summary>
    public IReadOnlyList<string> UnknownFor(PromptType type) =>
        Placeholders.Where(p => !AllowedPlaceholders(type).Contains(p, StringComparer.Ordinal)).ToList();

    /// <summary>Fills every placeholder; throws naming the placeholder when a value is missing.</summary>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var builder = new StringBuilder(Text.Length + values.Values.Sum(v => v.Length));
        var last = 0;
        foreach (Match match in PlaceholderPattern().Matches(Text))
        {
            var name = match.Groups["name"].Value;
            if (!values.TryGetValue(name, out var value))
            {
                throw new KeyNotFoundException($"No value for placeholder {{{name}}}; supply it or remove it from the template.");
            }

            builder.Append(Text, last, match.Index - last).Append(value);
            last = match.Index + match.Length;
        }

        return builder.Append(Text, last, Text.Length - last).ToString();
    }

    [GeneratedRegex(@"(?<!\{)\{(?<name>[a-z][a-z0-9_]*)\}(?!\})", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
