using System.Text.RegularExpressions;

namespace McodeBench.Core.Models.RulesBaseline;

/// <summary>
/// The data inside a rendered prompt, found by the tags the default templates put around it (docs/model-output.md):
/// <c>&lt;clinical_text&gt;</c>, <c>&lt;entities_json&gt;</c>, <c>&lt;trial_context&gt;</c>. When a tag occurs more than
/// once (an instruction may show an example) the last block wins, since templates insert the data after their
/// instructions. Without a clinical_text block the whole message is the clinical text. Shared by the rules baseline and
/// the simulator so both read prompts the same way.
/// </summary>
/// <param name="ClinicalText">The text to read mentions from (the whole message when it has no clinical_text tag).</param>
/// <param name="EntitiesJson">The entities given to a mapping prompt, or null when the prompt has none.</param>
/// <param name="TrialContext">The trial context given to a mapping prompt, or null.</param>
/// <param name="HasClinicalTextTag">True when the clinical text came from a tag rather than the whole message.</param>
public sealed partial record PromptPayload(string ClinicalText, string? EntitiesJson, string? TrialContext, bool HasClinicalTextTag)
{
    public const string ClinicalTextTag = "clinical_text";
    public const string EntitiesJsonTag = "entities_json";
    public const string TrialContextTag = "trial_context";

    /// <summary>True when the prompt gives entities to map (a mapping prompt) rather than text to read.</summary>
    public bool IsMapping => EntitiesJson is not null;

    public static PromptPayload Locate(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var clinical = FindTag(message, ClinicalTextTag);
        return new PromptPayload(clinical ?? message, FindTag(message, EntitiesJsonTag), FindTag(message, TrialContextTag), clinical is not null);
    }

    /// <summary>The content of the last <c>&lt;tag&gt;…&lt;/tag&gt;</c> block, without the line breaks that hug the tags; null when absent.</summary>
    public static string? FindTag(string message, string tag)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(tag);
        var open = "<" + tag + ">";
        var close = "</" + tag + ">";
        var end = message.LastIndexOf(close, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var start = message.LastIndexOf(open, end, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var content = message[(start + open.Length)..end];
        return EdgeLineBreaks().Replace(content, string.Empty);
    }

    [GeneratedRegex(@"\A\r?\n|\r?\n\z")]
    private static partial Regex EdgeLineBreaks();
}
