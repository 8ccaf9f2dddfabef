using System.Globalization;
using McodeBench.Bench.Reporting;
using McodeBench.Bench.Simulation;

namespace McodeBench.Bench.Scenarios;

/// <summary>
/// Target 3: the simulator allows 50 requests/s (token bucket, 429 with Retry-After beyond it); the engine should
/// achieve ≥ 90 % of that rate with no failed task. <paramref name="requestsPerMinute"/> is the model's own limit:
/// 3,000/min makes the scheduler pace at the provider's rate; null leaves it to 429s, Retry-After and AIMD backoff.
/// </summary>
internal sealed class RateLimitScenario(string name, int? requestsPerMinute) : IBenchScenario
{
    private const double ProviderRate = 50;

    public string Name => name;

    public string Summary => requestsPerMinute is { } rpm
        ? string.Create(CultureInfo.InvariantCulture, $"simulator at 50 req/s, model paced at {rpm}/min by the scheduler: achieved rate, 429s, failures")
        : "simulator at 50 req/s, model without its own limit (429 + Retry-After + AIMD only): achieved rate, 429s, failures";

    public async Task<ScenarioResult> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        var simulator = new SimulatorSettings(TimeSpan.Zero, ProviderRate);
        await using var rig = await BenchRig.StartAsync(settings, simulator, concurrency: 16, logEveryTask: true, requestsPerMinute, cancellationToken);
        var spec = rig.Spec("bench-" + name, settings.Tasks ?? 450);
        var run = await MeasuredRun.ExecuteAsync(rig.Simulator, rig.Session, spec, TimeSpan.FromMilliseconds(250), cancellationToken);
        var seconds = run.Outcome.Wall.TotalSeconds;
        Figure[] figures =
        [
            new("answered requests per second", run.Http.Completed / seconds, "req/s", 0.9 * ProviderRate),
            new("share of the provider's rate", run.Http.Completed / seconds / ProviderRate, "×", 0.9),
            new("all requests per second (429s included)", run.Http.Requests / seconds, "req/s"),
            new("429 answers", run.Http.RateLimited, "requests"),
            new("failed tasks", run.Failed, "tasks", 0, HigherIsBetter: false),
            new("wall time", seconds, "s"),
            new("ideal (answered requests ÷ 50/s)", run.Http.Completed / ProviderRate, "s"),
        ];
        return new ScenarioResult(Name, rig.Mode, rig.Describe(spec), figures, [], null);
    }
}
