using System.Text;

namespace McodeBench.Core.Trials;

/// <summary>
/// Builds the <see cref="TrialText"/> a model sees: the chosen sections in order, each under a header line
/// (<c>"Eligibility Criteria:\n"</c>) and separated by a blank line. Section text is copied character for character, and
/// each <see cref="SectionOffset"/> starts after its header, so section-relative gold spans map exactly.
/// </summary>
public static class TrialTextAssembler
{
    private const string Separator = "\n\n";

    private static readonly Dictionary<string, string> Headers = new(StringComparer.Ordinal)
    {
        [SectionNames.BriefTitle] = "Brief Title",
        [SectionNames.OfficialTitle] = "Official Title",
        [SectionNames.Conditions] = "Conditions",
        [SectionNames.Keywords] = "Keywords",
        [SectionNames.BriefSummary] = "Brief Summary",
        [SectionNames.DetailedDescription] = "Detailed Description",
        [SectionNames.Eligibility] = "Eligibility Criteria",
        [SectionNames.Interventions] = "Interventions",
    };

    /// <summary>The header line written above a section, e.g. <c>"Eligibility Criteria:\n"</c>.</summary>
    public static string HeaderFor(string sectionName)
    {
        ArgumentNullException.ThrowIfNull(sectionName);
        var title = Headers.TryGetValue(sectionName, out var known) ? known : Humanize(sectionName);
        return title + ":\n";
    }

    /// <summary>
    /// Assembles the trial's sections in the order given (default <see cref="SectionNames.All"/>). Sections the trial
    /// lacks or leaves empty are skipped; a name repeated in the list is used once.
    /// </summary>
    /// <exception cref="ArgumentException">A name is neither a known section nor one of the trial's sections (a typo in a run spec).</exception>
    public static TrialText Assemble(Trial trial, IEnumerable<string>? sections = null)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var names = (sections ?? SectionNames.All).ToList();
        var unknown = names.Where(n => !SectionNames.All.Contains(n, StringComparer.Ordinal) && trial.FindSection(n) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Unknown section name(s) {string.Join(", ", unknown.Select(n => $"'{n}'"))} for trial {trial.Id}. "
                + $"Use one of: {string.Join(", ", SectionNames.All)}.",
                nameof(sections));
        }

        var text = new StringBuilder();
        var offsets = new List<SectionOffset>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (trial.FindSection(name) is not { } section || string.IsNullOrEmpty(section.Text))
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(Separator);
            }

            text.Append(HeaderFor(name));
            offsets.Add(new SectionOffset(name, text.Length, section.Text.Length));
            text.Append(section.Text);
        }

        return new TrialText(trial.Id, text.ToString(), offsets);
    }

    private static string Humanize(string name)
    {
        var words = name.Replace('_', ' ').Trim();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
