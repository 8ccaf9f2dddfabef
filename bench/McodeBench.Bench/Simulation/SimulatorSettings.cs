using System.Globalization;

namespace McodeBench.Bench.Simulation;

/// <summary>How the simulator child process behaves: fixed latency and an optional token-bucket rate limit.</summary>
internal sealed record SimulatorSettings(TimeSpan Latency, double? RequestsPerSecond = null, int? Burst = null)
{
    public static SimulatorSettings Instant { get; } = new(TimeSpan.Zero);

    public IReadOnlyList<string> ToArguments()
    {
        var arguments = new List<string> { "--latency-ms", Latency.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) };
        if (RequestsPerSecond is { } rate)
        {
            arguments.AddRange(["--rps", rate.ToString(CultureInfo.InvariantCulture)]);
        }

        if (Burst is { } burst)
        {
            arguments.AddRange(["--burst", burst.ToString(CultureInfo.InvariantCulture)]);
        }

        return arguments;
    }

    public static SimulatorSettings Parse(IReadOnlyList<string> arguments)
    {
        var settings = Instant;
        for (var i = 0; i + 1 < arguments.Count; i += 2)
        {
            var value = arguments[i + 1];
            settings = arguments[i] switch
            {
                "--latency-ms" => settings with { Latency = TimeSpan.FromMilliseconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--rps" => settings with { RequestsPerSecond = double.Parse(value, CultureInfo.InvariantCulture) },
                "--burst" => settings with { Burst = int.Parse(value, CultureInfo.InvariantCulture) },
                var other => throw new ArgumentException($"Unknown simulator option '{other}'; expected --latency-ms, --rps or --burst."),
            };
        }

        return settings;
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"latency {Latency.TotalMilliseconds:0} ms{(RequestsPerSecond is { } rate ? $", {rate:0.#} req/s (burst {Burst?.ToString(CultureInfo.InvariantCulture) ?? "default"})" : ", no rate limit")}");
}
