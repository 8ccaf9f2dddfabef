using System.Text.Json;
using McodeBench.Bench.Sessions;
using McodeBench.Core.Models.RulesBaseline;
using McodeBench.Simulator;

namespace McodeBench.Bench.Simulation;

/// <summary>
/// The simulator side of the harness (<c>McodeBench.Bench simulator --latency-ms …</c>), run as a child process so its
/// memory and CPU are measured apart from the engine's. Prints <c>url …</c>, then answers <c>counters</c> on stdin
/// with one JSON line, and stops on <c>quit</c> or end of input.
/// </summary>
internal static class SimulatorChildMain
{
    public const string Command = "simulator";

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var settings = SimulatorSettings.Parse(arguments);
        var options = new SimulatorOptions
        {
            Latency = settings.Latency,
            RequestsPerSecond = settings.RequestsPerSecond,
            Burst = settings.Burst,
            ModelIds = [BenchWorkspace.ModelId],
        };
        await using var host = await SimulatorHost.StartAsync(options, new MemoizingChatClient(new RulesBaselineChatClient()));
        await Console.Out.WriteLineAsync("url " + host.BaseUrl);
        while (await Console.In.ReadLineAsync() is { } line && line != "quit")
        {
            if (line == "counters")
            {
                await Console.Out.WriteLineAsync("counters " + JsonSerializer.Serialize(host.Counters));
            }
        }

        return 0;
    }
}
