using McodeBench.Bench.Measuring;

namespace McodeBench.Bench.Reporting;

/// <summary>One execution of one scenario.</summary>
/// <param name="Mode">How the engine dispatched: "direct" (its own runner) or "hosted" (Orleans executor grain).</param>
/// <param name="Setup">What was run: tasks, concurrency, engine options, simulator settings.</param>
/// <param name="Samples">Resource samples over the run, when the scenario tracks memory over time.</param>
internal sealed record ScenarioResult(
    string Scenario,
    string Mode,
    string Setup,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ResourceSample>? Samples = null);
