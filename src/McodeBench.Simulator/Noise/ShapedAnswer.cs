namespace McodeBench.Simulator.Noise;

/// <summary>The answer the simulator sends: its text, finish reason and which corruption (if any) it received.</summary>
internal sealed record ShapedAnswer(string Text, string FinishReason, bool Malformed, bool Truncated)
{
    /// <summary>
    /// Applies content noise, then at most one corruption, all drawn from <paramref name="random"/> in a fixed order
    /// (corruption choice first, so noise knobs do not change which answers get corrupted).
    /// </summary>
    public static ShapedAnswer From(string answer, string prompt, Random random, SimulatorOptions options)
    {
#pragma warning disable CA5394 // Simulation randomness, seeded on purpose.
        var corruption = random.NextDouble();
        var corruptionRandom = new Random(random.Next());
        var noiseRandom = new Random(random.Next());
#pragma warning restore CA5394
        var noisy = JsonNoise.Apply(answer, prompt, noiseRandom, options);
        if (corruption < options.MalformedJsonShare)
        {
            return new ShapedAnswer(AnswerCorruption.Malform(noisy, corruptionRandom), "stop", Malformed: true, Truncated: false);
        }

        if (corruption < options.MalformedJsonShare + options.TruncatedShare)
        {
            return new ShapedAnswer(AnswerCorruption.Truncate(noisy, corruptionRandom), "length", Malformed: false, Truncated: true);
        }

        return new ShapedAnswer(noisy, "stop", Malformed: false, Truncated: false);
    }
}
