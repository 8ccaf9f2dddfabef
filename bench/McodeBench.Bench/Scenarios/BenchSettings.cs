using System.Globalization;

namespace McodeBench.Bench.Scenarios;

/// <summary>The harness's command line: <c>[scenario...] [--tasks N] [--runs K] [--concurrency C] [--hosted] [--log-every-task] [--postgres CONNECTION] [--cache-memory-mb M]</c>.</summary>
internal sealed record BenchSettings
{
    public IReadOnlyList<string> Scenarios { get; init; } = [];

    /// <summary>Replaces each scenario's own task count.</summary>
    public int? Tasks { get; init; }

    /// <summary>Executions of each scenario; the table shows the median.</summary>
    public int Runs { get; init; } = 1;

    /// <summary>Replaces each scenario's own concurrency (global, run and model limits alike).</summary>
    public int? Concurrency { get; init; }

    /// <summary>Run the engine in a generic host with the Orleans silo (tasks go through the executor grain).</summary>
    public bool Hosted { get; init; }

    /// <summary>Replaces each scenario's choice of EngineOptions.LogEveryTask.</summary>
    public bool? LogEveryTask { get; init; }

    /// <summary>An Npgsql connection string: store in that PostgreSQL database instead of a fresh SQLite file.</summary>
    public string? Postgres { get; init; }

    /// <summary>Replaces DatabaseOptions.ResponseCacheMemoryBytes (in MB; 0 turns the response cache's memory front off).</summary>
    public int? CacheMemoryMb { get; init; }

    public string Mode => Hosted ? "hosted" : "direct";

    public static BenchSettings Parse(IReadOnlyList<string> arguments)
    {
        var settings = new BenchSettings();
        var scenarios = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            string Value() => i + 1 < arguments.Count ? arguments[++i] : throw new ArgumentException($"{arguments[i]} needs a value.");
            int Number() => int.Parse(Value(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            settings = arguments[i] switch
            {
                "--tasks" => settings with { Tasks = Number() },
                "--runs" => settings with { Runs = Math.Max(1, Number()) },
                "--concurrency" => settings with { Concurrency = Number() },
                "--hosted" => settings with { Hosted = true },
                "--postgres" => settings with { Postgres = Value() },
                "--cache-memory-mb" => settings with { CacheMemoryMb = Number() },
                "--log-every-task" => settings with { LogEveryTask = true },
                "--no-log-every-task" => settings with { LogEveryTask = false },
                var option when option.StartsWith("--", StringComparison.Ordinal) => throw new ArgumentException($"Unknown option '{option}'."),
                var scenario => Add(settings, scenarios, scenario),
            };
        }

        return settings with { Scenarios = scenarios };
    }

    private static BenchSettings Add(BenchSettings settings, List<string> scenarios, string scenario)
    {
        scenarios.Add(scenario);
        return settings;
    }
}
