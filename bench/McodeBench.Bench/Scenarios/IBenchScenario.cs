using McodeBench.Bench.Reporting;

namespace McodeBench.Bench.Scenarios;

/// <summary>One load scenario of issue 3's targets.</summary>
internal interface IBenchScenario
{
    string Name { get; }

    string Summary { get; }

    Task<ScenarioResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken);
}
