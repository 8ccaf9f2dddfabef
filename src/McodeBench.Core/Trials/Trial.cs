namespace McodeBench.Core.Trials;

/// <summary>A clinical trial as McodeBench sees it: its id, searchable metadata and its text sections.</summary>
public sealed record Trial(
    string Id,
    string Title,
    IReadOnlyList<TrialSection> Sections,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Tags)
{
    public TrialSection? FindSection(string name) =>
        Sections.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
