using McodeBench.Core.Library;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Controls;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Scheduling;

namespace McodeBench.Engine.Tests.Orchestration.Support;

/// <summary>
/// Run controls as another process uses them (the CLI pausing a run a server executes): its own connection to the
/// database and its own scheduler, which holds none of the engine's tasks.
/// </summary>
internal sealed class RemoteControls : IAsyncDisposable
{
    private readonly BenchDatabase database;

    private RemoteControls(BenchDatabase database, ModelLibrary models)
    {
        this.database = database;
        // Controls that queue tasks (resume, retry) hand them to this scheduler too, which needs the models' limits.
        var scheduler = new BenchmarkScheduler(TimeProvider.System);
        scheduler.ConfigureModels(models.Models);
        Controls = new RunControls(new DatabaseRunControlStore(database), scheduler, new TaskStatusTransitions(TimeProvider.System));
    }

    public RunControls Controls { get; }

    public static async Task<RemoteControls> OpenAsync(EngineFixture fixture, CancellationToken cancellationToken) =>
        new(await fixture.OpenAnotherAsync("other-process", cancellationToken), fixture.Engine.Workspace.Models);

    public async ValueTask DisposeAsync()
    {
        Controls.Dispose();
        await database.DisposeAsync();
    }
}
