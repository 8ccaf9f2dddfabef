using McodeBench.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace McodeBench.Logging;

/// <summary>Registers McodeBench's Serilog logging in a service collection, for hosts built on the generic host (the engine, the web tracker).</summary>
public static class McodeBenchLoggingServiceCollectionExtensions
{
    public static IServiceCollection AddMcodeBenchLogging(this IServiceCollection services, McodeBenchOptions options, ProcessEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);

        services.AddLogging();

        // preserveStaticLogger: Serilog's static Log.Logger is process-wide mutable state; the host never uses it.
        return services.AddSerilog(configuration => McodeBenchLogging.Configure(configuration, options, environment), preserveStaticLogger: true);
    }
}
