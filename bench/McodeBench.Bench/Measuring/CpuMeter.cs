using System.Diagnostics;
using McodeBench.Bench.Simulation;

namespace McodeBench.Bench.Measuring;

/// <summary>CPU time used by the harness (engine) process and by the simulator child between construction and <see cref="Read"/>.</summary>
internal sealed class CpuMeter(SimulatorChild? simulator)
{
    private readonly TimeSpan engineStart = Current();
    private readonly TimeSpan simulatorStart = simulator?.CpuTime ?? TimeSpan.Zero;
    private readonly Stopwatch wall = Stopwatch.StartNew();

    public (TimeSpan Engine, TimeSpan Simulator, TimeSpan Wall) Read() =>
        (Current() - engineStart, (simulator?.CpuTime ?? TimeSpan.Zero) - simulatorStart, wall.Elapsed);

    private static TimeSpan Current()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
