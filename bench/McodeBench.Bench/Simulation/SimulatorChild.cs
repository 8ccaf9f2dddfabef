using System.Diagnostics;
using System.Text.Json;
using McodeBench.Simulator;

namespace McodeBench.Bench.Simulation;

/// <summary>The harness's handle on a simulator child process (this executable run with <c>simulator</c>).</summary>
internal sealed class SimulatorChild : IAsyncDisposable
{
    private readonly Process process;
    private readonly SemaphoreSlim conversation = new(1, 1);

    private SimulatorChild(Process process, Uri baseUrl, SimulatorSettings settings)
    {
        this.process = process;
        BaseUrl = baseUrl;
        Settings = settings;
    }

    public Uri BaseUrl { get; }

    public SimulatorSettings Settings { get; }

    public static async Task<SimulatorChild> StartAsync(SimulatorSettings settings, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("The harness cannot find its own executable to start the simulator."))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SimulatorChildMain.Command);
        foreach (var argument in settings.ToArguments())
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The simulator process did not start.");
        var first = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (first is null || !first.StartsWith("url ", StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException($"The simulator process did not report its address (it said '{first}').");
        }

        return new SimulatorChild(process, new Uri(first[4..]), settings);
    }

    public async Task<SimulatorCounters> CountersAsync(CancellationToken cancellationToken)
    {
        await conversation.WaitAsync(cancellationToken);
        try
        {
            await process.StandardInput.WriteLineAsync("counters");
            await process.StandardInput.FlushAsync(cancellationToken);
            var line = await process.StandardOutput.ReadLineAsync(cancellationToken) ?? throw new InvalidOperationException("The simulator process ended.");
            return JsonSerializer.Deserialize<SimulatorCounters>(line["counters ".Length..]) ?? throw new InvalidOperationException("The simulator sent no counters.");
        }
        finally
        {
            conversation.Release();
        }
    }

    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public long WorkingSetBytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await process.StandardInput.WriteLineAsync("quit");
            await process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception error) when (error is IOException or OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        conversation.Dispose();
    }
}
