namespace McodeBench.Bench.Reporting;

/// <summary>Everything one harness invocation measured.</summary>
internal sealed record BenchReport(string CommandLine, MachineInfo Machine, string LoadAverageAtEnd, IReadOnlyList<ScenarioResult> Results);
