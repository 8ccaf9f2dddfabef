namespace McodeBench.Simulator.Noise;

/// <summary>Breaks an answer the two ways the parser must cope with: malformed JSON, and an answer cut short.</summary>
internal static class AnswerCorruption
{
#pragma warning disable CA5394 // Simulation randomness, seeded on purpose.
    /// <summary>
    /// Removes the colon after one randomly chosen object key (<c>"key": value</c> becomes <c>"key" value</c>), which
    /// no lenient JSON reader accepts; an answer without any key gets an unterminated object appended instead.
    /// </summary>
    public static string Malform(string answer, Random random)
    {
        var colons = new List<int>();
        for (var index = answer.IndexOf("\":", StringComparison.Ordinal); index >= 0; index = answer.IndexOf("\":", index + 2, StringComparison.Ordinal))
        {
            colons.Add(index + 1);
        }

        if (colons.Count == 0)
        {
            return answer + "{\"unterminated\": ";
        }

        var colon = colons[random.Next(colons.Count)];
        return string.Concat(answer.AsSpan(0, colon), answer.AsSpan(colon + 1));
    }

    /// <summary>Keeps a random 20–90 % prefix of the answer, as a model that ran out of output tokens would.</summary>
    public static string Truncate(string answer, Random random)
    {
        if (answer.Length < 2)
        {
            return string.Empty;
        }

        var keep = (int)(answer.Length * (0.2 + (random.NextDouble() * 0.7)));
        return answer[..Math.Clamp(keep, 1, answer.Length - 1)];
    }
#pragma warning restore CA5394
}
