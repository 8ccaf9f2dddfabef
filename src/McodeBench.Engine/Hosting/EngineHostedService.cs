using McodeBench.Engine.Orchestration;
using Microsoft.Extensions.Hosting;

namespace McodeBench.Engine.Hosting;

/// <summary>Starts the engine once the silo is up (hosted services start in order, the silo's first) and stops it before the silo stops.</summary>
internal sealed class EngineHostedService(BenchmarkEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => engine.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => engine.StopAsync(cancellationToken);
}
