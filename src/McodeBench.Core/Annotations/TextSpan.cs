namespace McodeBench.Core.Annotations;

/// <summary>
/// A character range inside one named section of a trial. Offsets are relative to that section's own text
/// (not to the assembled prompt text), so gold files stay valid whichever sections a run chooses to assemble.
/// <see cref="End"/> is exclusive.
/// </summary>
public sealed record TextSpan(string Section, int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextSpan other) =>
        string.Equals(Section, other.Section, StringComparison.Ordinal) && Start < other.End && other.Start < End;

    public override string ToString() => $"{Section}[{Start},{End})";
}
