using System.Runtime;
using System.Runtime.InteropServices;

namespace McodeBench.Bench.Reporting;

/// <summary>Where the figures were measured; the load average says how shared the machine was.</summary>
internal sealed record MachineInfo(
    DateTime TimeUtc,
    int ProcessorCount,
    long TotalMemoryBytes,
    string Runtime,
    string Os,
    string Gc,
    string LoadAverage)
{
    public static MachineInfo Capture() => new(
        DateTime.UtcNow,
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        (GCSettings.IsServerGC ? "server" : "workstation") + (GCSettings.LatencyMode == GCLatencyMode.Interactive ? ", concurrent" : string.Empty),
        ReadLoadAverage());

    public static string ReadLoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
