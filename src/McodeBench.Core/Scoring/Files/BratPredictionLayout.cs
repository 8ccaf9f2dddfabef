using McodeBench.Core.Trials;

namespace McodeBench.Core.Scoring.Files;

/// <summary>
/// Finds where a trial's sections lie in the text a brat prediction was made on, so brat offsets map back to
/// section-relative spans: the text is one section's text (brat gold documents, an eligibility-only export), or an
/// assembly of sections under their headers (<see cref="BratExporter"/>'s <c>.txt</c>, in any section order).
/// </summary>
internal static class BratPredictionLayout
{
    public static TrialText? Find(Trial trial, string text)
    {
        var whole = trial.Sections.FirstOrDefault(section => section.Text.Length > 0 && string.Equals(section.Text, text, StringComparison.Ordinal));
        if (whole is not null)
        {
            return new TrialText(trial.Id, text, [new SectionOffset(whole.Name, 0, text.Length)]);
        }

        var offsets = new List<SectionOffset>();
        foreach (var section in trial.Sections.Where(section => section.Text.Length > 0))
        {
            var header = TrialTextAssembler.HeaderFor(section.Name);
            var at = text.IndexOf(header + section.Text, StringComparison.Ordinal);
            if (at >= 0)
            {
                offsets.Add(new SectionOffset(section.Name, at + header.Length, section.Text.Length));
            }
        }

        return offsets.Count == 0 ? null : new TrialText(trial.Id, text, offsets.OrderBy(offset => offset.Start).ToList());
    }
}
