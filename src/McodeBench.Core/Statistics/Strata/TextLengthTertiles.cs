namespace McodeBench.Core.Statistics.Strata;

/// <summary>
/// Splits trials into text-length thirds ("short", "medium", "long") by rank of length: the i-th shortest of n trials
/// goes to third ⌊3i/n⌋. Trials of equal length always share a third (the first of them decides), so the split never
/// depends on trial ids.
/// </summary>
public static class TextLengthTertiles
{
    public static IReadOnlyList<string> Names { get; } = ["short", "medium", "long"];

    /// <param name="lengthByTrial">Each trial's text length (characters of the sections a run assembles).</param>
    public static IReadOnlyDictionary<string, string> Assign(IReadOnlyDictionary<string, int> lengthByTrial)
    {
        ArgumentNullException.ThrowIfNull(lengthByTrial);
        var sorted = lengthByTrial.OrderBy(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var third = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i == 0 || sorted[i].Value != sorted[i - 1].Value)
            {
                third = 3 * i / sorted.Count;
            }

            result[sorted[i].Key] = Names[third];
        }

        return result;
    }
}
