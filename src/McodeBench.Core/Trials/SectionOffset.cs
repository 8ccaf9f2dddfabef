namespace McodeBench.Core.Trials;

/// <summary>Where one section's text starts inside an assembled <see cref="TrialText"/>.</summary>
public sealed record SectionOffset(string Name, int Start, int Length)
{
    public int End => Start + Length;
}
