namespace McodeBench.Core.Scoring;

/// <summary>The names a <see cref="ValueComparison"/> is written with in settings and on the command line: <c>clinical</c>, <c>text</c>.</summary>
public static class ValueComparisonNames
{
    public const string Clinical = "clinical";
    public const string Text = "text";

    /// <summary>The comparison <paramref name="name"/> names (any case, surrounding spaces ignored), or null when it names none.</summary>
    public static ValueComparison? Parse(string? name) =>
        string.Equals(name?.Trim(), Clinical, StringComparison.OrdinalIgnoreCase) ? ValueComparison.Clinical
        : string.Equals(name?.Trim(), Text, StringComparison.OrdinalIgnoreCase) ? ValueComparison.Text
        : null;

    public static string Of(ValueComparison comparison) => comparison == ValueComparison.Text ? Text : Clinical;
}
