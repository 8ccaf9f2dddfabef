using McodeBench.Cli.Engine;
using McodeBench.Core.Execution;
using McodeBench.Engine.Hosting;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence;
using McodeBench.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// What <c>mcodebench serve</c> runs beside the tracker: the configured workspace, the database, the built-in simulator
/// for simulated models on loopback, and the engine in an in-process Orleans silo serving every run in the database.
/// Disposing it (after the web host stopped the engine) releases the model clients, the simulators and the database.
/// </summary>
internal sealed class ServeEngine : IAsyncDisposable
{
    private readonly BenchDatabase database;
    private readonly ModelClientRegistry clients;
    private readonly SimulatorLauncher? simulators;
    private readonly long maxTasksPerRun;

    private ServeEngine(BenchmarkWorkspace workspace, BenchDatabase database, ModelClientRegistry clients, SimulatorLauncher? simulators, long maxTasksPerRun)
    {
        Workspace = workspace;
        this.database = database;
        this.clients = clients;
        this.simulators = simulators;
        this.maxTasksPerRun = maxTasksPerRun;
    }

    public BenchmarkWorkspace Workspace { get; }

    public IReadOnlyList<Uri> Simulators => simulators?.Started ?? [];

    /// <summary>Opens the database (creating and migrating it) and starts the simulators the library's simulated models need.</summary>
    /// <exception cref="DatabaseUnavailableException">The database cannot be opened.</exception>
    public static async Task<ServeEngine> OpenAsync(CommandSession session, BenchmarkWorkspace workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(workspace);
        var database = await DatabaseAccess.OpenAsync(session, cancellationToken).ConfigureAwait(false);
        SimulatorLauncher? simulators = null;
        try
        {
            simulators = await SimulatorLauncher.StartForAsync(workspace.Models.Models, new SimulatorOptions(), cancellationToken).ConfigureAwait(false);
        }
        catch (IOException error)
        {
            // Another mcodebench (a run, a simulate-llm) may already serve that port; simulated models then use it.
            session.Logger.BadInput($"The built-in simulator could not start ({error.Message}); simulated models use whatever answers on their port.");
            session.Error.MarkupLine("[yellow]The built-in simulator could not start (its port is taken); simulated models will use whatever answers on that port.[/]");
        }

        return new ServeEngine(workspace, database, ModelClientRegistry.CreateDefault(database.CreateResponseCacheStore()), simulators, session.Options.MaxTasksPerRun);
    }

    /// <summary>Adds the silo, the engine and its hosted service to the tracker's builder.</summary>
    public void Register(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddBenchmarkEngine(provider => new BenchmarkEngine(
            database,
            Workspace,
            clients,
            new EngineOptions { ServeAllRuns = true, MaxTasksPerRun = maxTasksPerRun },
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<BenchmarkEngine>>()));
    }

    public async ValueTask DisposeAsync()
    {
        clients.Dispose();
        if (simulators is not null)
        {
            await simulators.DisposeAsync().ConfigureAwait(false);
        }

        await database.DisposeAsync().ConfigureAwait(false);
    }
}
