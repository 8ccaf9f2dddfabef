namespace McodeBench.Core.Gold;

/// <summary>The type map brat annotations were read with, and whether it was given or detected from the corpus's types (reports say which).</summary>
/// <param name="Name"><c>lct</c>, <c>canonical</c>, <c>identity</c> or a map file's path.</param>
public sealed record TypeMapChoice(string Name, bool Detected)
{
    public override string ToString() => Detected ? $"{Name} (detected)" : $"{Name} (given)";
}
