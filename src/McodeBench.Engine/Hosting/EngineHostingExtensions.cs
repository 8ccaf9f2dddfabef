using System.Net;
using System.Net.Sockets;
using McodeBench.Engine.Grains;
using McodeBench.Engine.Orchestration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace McodeBench.Engine.Hosting;

/// <summary>
/// Hosts the engine in a process: an Orleans silo with localhost clustering (no external service) whose executor
/// grain runs the tasks the engine dispatches, and a hosted service that starts and stops the engine with the host.
/// </summary>
public static class EngineHostingExtensions
{
    /// <param name="createEngine">Builds the engine (the host opens the database and loads the workspace first).</param>
    public static IHostApplicationBuilder AddBenchmarkEngine(this IHostApplicationBuilder builder, Func<IServiceProvider, BenchmarkEngine> createEngine)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(createEngine);

        // Free ports, so a `run` and a `serve` on one machine each get their own single-silo cluster.
        var siloPort = FreeLoopbackPort();
        var gatewayPort = FreeLoopbackPort();
        var clusterId = $"mcodebench-{Environment.ProcessId}";
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: "mcodebench", clusterId: clusterId);

            // A model call may take minutes; the grain call must outlast it (the engine's own timeouts govern).
            silo.Configure<SiloMessagingOptions>(messaging => messaging.ResponseTimeout = TimeSpan.FromHours(1));
        });

        builder.Services.AddSingleton(provider =>
        {
            var engine = createEngine(provider);
            engine.UseDispatchTarget(new GrainDispatchTarget(provider.GetRequiredService<IGrainFactory>()));
            engine.SiloStatus = $"in-process silo, localhost clustering (cluster {clusterId}, silo port {siloPort}, gateway {gatewayPort})";
            return engine;
        });
        builder.Services.AddSingleton<IBenchmarkEngine>(provider => provider.GetRequiredService<BenchmarkEngine>());
        builder.Services.AddSingleton(provider => provider.GetRequiredService<BenchmarkEngine>().Runner);
        builder.Services.AddHostedService<EngineHostedService>();
        return builder;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
