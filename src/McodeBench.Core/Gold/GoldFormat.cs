namespace McodeBench.Core.Gold;

/// <summary>The names and values of the native gold file format (docs/gold-format.md); criterion values are <see cref="Annotations.CriterionNames"/>.</summary>
public static class GoldFormat
{
    public const string Name = "mcodebench-gold";
    public const int CurrentVersion = 1;

    /// <summary>The usual file name ending, e.g. <c>NCT01234567.gold.json</c>.</summary>
    public const string FileExtension = ".gold.json";
}
