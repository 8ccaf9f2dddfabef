namespace McodeBench.Bench.Scenarios;

/// <summary>The scenarios by name, in the order "all" runs them.</summary>
internal static class ScenarioCatalog
{
    public static IReadOnlyList<IBenchScenario> All { get; } =
    [
        new ThroughputScenario(),
        new LatencyScenario(),
        new RateLimitScenario("ratelimit", 3_000),
        new RateLimitScenario("ratelimit-unpaced", null),
        new WarmCacheScenario(),
        new MemoryScenario(),
        new BreakdownScenario(),
        new AdmissionScenario(),
        new StatisticsSpeedScenario(),
        new StatisticsCalibrationScenario(),
        new McodeBench.Bench.Web.WebSoakScenario(),
        new McodeBench.Bench.Web.TrackerQueryScenario(),
        new McodeBench.Bench.Web.LiveLogScenario(),
    ];

    public static IReadOnlyList<IBenchScenario> Select(IReadOnlyList<string> names)
    {
        if (names.Count == 0 || names.Contains("all", StringComparer.OrdinalIgnoreCase))
        {
            return All;
        }

        return names.Select(name => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Unknown scenario '{name}'; choose from {string.Join(", ", All.Select(s => s.Name))} or all.")).ToList();
    }
}
