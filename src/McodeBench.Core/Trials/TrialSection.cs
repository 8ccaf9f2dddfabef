namespace McodeBench.Core.Trials;

/// <summary>One named field of a trial record, e.g. <c>eligibility</c> or <c>brief_title</c> (see <see cref="SectionNames"/>).</summary>
public sealed record TrialSection(string Name, string Text);
