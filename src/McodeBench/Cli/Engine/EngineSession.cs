using McodeBench.Core.Execution;
using McodeBench.Engine.Hosting;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace McodeBench.Cli.Engine;

/// <summary>
/// The engine as a command runs it: the database opened and migrated, an in-process Orleans silo with localhost
/// clustering, and the engine on top. Disposing stops the engine first (tasks still running go back to the queue,
/// so the run can be resumed), then the silo, then closes the database.
/// </summary>
internal sealed class EngineSession : IAsyncDisposable
{
    private readonly IHost host;
    private readonly BenchDatabase database;
    private readonly ModelClientRegistry clients;

    private EngineSession(IHost host, BenchDatabase database, ModelClientRegistry clients)
    {
        this.host = host;
        this.database = database;
        this.clients = clients;
        Engine = host.Services.GetRequiredService<BenchmarkEngine>();
    }

    public BenchmarkEngine Engine { get; }

    public static async Task<EngineSession> StartAsync(CommandSession session, BenchmarkWorkspace workspace, EngineOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var database = await DatabaseAccess.OpenAsync(session, cancellationToken).ConfigureAwait(false);
        var clients = ModelClientRegistry.CreateDefault(database.CreateResponseCacheStore());
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(new ForwardingLoggerProvider(session.LoggerFactory));
            builder.Logging.SetMinimumLevel(LogLevel.Information);
            builder.Logging.AddFilter("Orleans", LogLevel.Warning);
            builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(30));
            builder.AddBenchmarkEngine(provider => new BenchmarkEngine(
                database, workspace, clients, options with { MaxTasksPerRun = session.Options.MaxTasksPerRun }, TimeProvider.System, provider.GetRequiredService<ILogger<BenchmarkEngine>>()));
            var host = builder.Build();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            return new EngineSession(host, database, clients);
        }
        catch
        {
            clients.Dispose();
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            // The engine is async-disposable only, so the container must be disposed asynchronously.
            if (host is IAsyncDisposable asyncHost)
            {
                await asyncHost.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                host.Dispose();
            }

            clients.Dispose();
            await database.DisposeAsync().ConfigureAwait(false);
        }
    }
}
