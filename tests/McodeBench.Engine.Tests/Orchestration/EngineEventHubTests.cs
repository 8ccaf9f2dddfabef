using System.Globalization;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Tests.Orchestration.Support;
using McodeBench.Engine.Tests.Persistence.Support;
using McodeBench.Simulator;

namespace McodeBench.Engine.Tests.Orchestration;

/// <summary>
/// Live events: a subscriber that falls behind loses its oldest events (and only it), the event log keeps every one,
/// and subscribers see only the run, task and levels they asked for.
/// </summary>
public sealed class EngineEventHubTests
{
    private static readonly string[] Trials = ["NCT99000001", "NCT99000002", "NCT99000003", "NCT99000004", "NCT99000005", "NCT99000006"];

    private static readonly EventLevel[] Levels = [EventLevel.Info, EventLevel.Success, EventLevel.Warning, EventLevel.Error];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.Postgres)]
    public async Task A_subscriber_that_never_reads_loses_the_oldest_events_while_the_log_and_filtered_subscribers_get_them_all(TestDatabaseKind kind)
    {
        await using var testDatabase = await TestDatabase.CreateAsync(kind, Token);
        await using var database = await testDatabase.OpenAsync(TimeProvider.System, cancellationToken: Token);
        var hub = new EngineEventHub(database.Events);
        using var stalled = hub.Subscribe(new EngineEventFilter(BufferSize: 10));
        using var ofRun = hub.Subscribe(new EngineEventFilter(RunId: "run-b"));
        using var ofTask = hub.Subscribe(new EngineEventFilter(TaskId: "task-3"));
        using var warnings = hub.Subscribe(new EngineEventFilter(MinimumLevel: EventLevel.Warning));
        var published = Enumerable.Range(1, 50)
            .Select(i => new NewEvent(Levels[i % Levels.Length], "event " + i.ToString(CultureInfo.InvariantCulture), i % 2 == 0 ? "run-a" : "run-b", $"task-{i % 5}"))
            .ToList();

        foreach (var entry in published)
        {
            hub.Publish(entry);
        }

        // Disposing stores what is queued and completes the subscriptions; what they buffered stays readable.
        await hub.DisposeAsync();

        var stored = await database.Events.ReadAfterAsync(0, cancellationToken: Token);
        Assert.Equal(published.Select(e => e.Message), stored.Select(e => e.Message));
        var kept = Drain(stalled);
        Assert.Equal(40, stalled.Dropped);
        Assert.Equal(40, hub.Dropped);
        Assert.Equal(stored.TakeLast(10).Select(e => e.Id), kept.Select(e => e.Id));
        Assert.Equal(stored.Where(e => e.RunId == "run-b").Select(e => e.Id), Drain(ofRun).Select(e => e.Id));
        Assert.Equal(stored.Where(e => e.TaskId == "task-3").Select(e => e.Id), Drain(ofTask).Select(e => e.Id));
        Assert.Equal(stored.Where(e => e.Level >= EventLevel.Warning).Select(e => e.Id), Drain(warnings).Select(e => e.Id));
        Assert.Equal((0, 0, 0), (ofRun.Dropped, ofTask.Dropped, warnings.Dropped));
    }

    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.Postgres)]
    public async Task During_a_run_a_stalled_subscriber_keeps_only_the_newest_events_and_filtered_ones_see_their_run_task_and_levels(TestDatabaseKind kind)
    {
        await using var provider = await SimulatedProvider.StartAsync(new SimulatorOptions(), Token, delay: TimeSpan.FromMilliseconds(10));
        // Calls are held until the subscribers are in place, so none misses the task it watches.
        provider.Probe.AnswerCount = 0;
        await using var fixture = await EngineFixture.StartAsync(kind, Token, provider.Serve(await EngineFixture.LoadSamplesAsync(Token)));
        using var stalled = fixture.Engine.Subscribe(new EngineEventFilter(MinimumLevel: EventLevel.Info, IncludeProgress: false, BufferSize: 4));
        using var successes = fixture.Engine.Subscribe(new EngineEventFilter(MinimumLevel: EventLevel.Success, IncludeProgress: false));
        var started = await fixture.Engine.StartRunAsync(EngineFixture.Spec("events", PipelineKind.Direct, models: SimulatedProvider.ModelKey) with { Concurrency = 2, TrialIds = Trials }, Token);
        using var ofRun = fixture.Engine.Subscribe(new EngineEventFilter(RunId: started.RunId));
        var lastTask = (await fixture.TasksAsync(started.RunId, Token))[^1].Id;
        using var ofTask = fixture.Engine.Subscribe(new EngineEventFilter(TaskId: lastTask));
        provider.Probe.ReleaseAll();

        await fixture.WaitForAsync(started.RunId, RunStatus.Completed, Token);
        await fixture.Engine.StopAsync(Token);

        var stored = await fixture.Database.Events.ReadAfterAsync(0, limit: 10_000, cancellationToken: Token);
        Assert.Equal(started.TaskCount, stored.Count(e => e.Level == EventLevel.Success && e.TaskId is not null));
        Assert.Equal(stored.TakeLast(4).Select(e => e.Id), Drain(stalled).Select(e => e.Id));
        Assert.Equal(stored.Count - 4, stalled.Dropped);
        Assert.Equal(stalled.Dropped, fixture.Engine.GetStatistics().EventsDropped);
        Assert.Equal(stored.Where(e => e.Level >= EventLevel.Success).Select(e => e.Id), Drain(successes).Select(e => e.Id));
        var ofTaskLines = Drain(ofTask);
        Assert.NotEmpty(ofTaskLines);
        Assert.Equal(stored.Where(e => e.TaskId == lastTask).Select(e => e.Id), ofTaskLines.Select(e => e.Id));
        var ofRunEvents = DrainAll(ofRun);
        Assert.All(ofRunEvents, e => Assert.Equal(started.RunId, e switch
        {
            LogEngineEvent log => log.Entry.RunId,
            ProgressEngineEvent progress => progress.Progress.RunId,
            _ => null,
        }));
        Assert.Contains(ofRunEvents.OfType<ProgressEngineEvent>(), e => e.Progress.Status == RunStatus.Completed && e.Progress.Count(TrackedTaskStatus.Completed) == started.TaskCount);
        Assert.Equal(started.TaskCount, ofRunEvents.OfType<LogEngineEvent>().Count(e => e.Entry.Level == EventLevel.Success && e.Entry.TaskId is not null));
    }

    private static List<StoredEvent> Drain(EngineEventSubscription subscription) =>
        DrainAll(subscription).OfType<LogEngineEvent>().Select(e => e.Entry).ToList();

    private static List<EngineEvent> DrainAll(EngineEventSubscription subscription)
    {
        var events = new List<EngineEvent>();
        while (subscription.Reader.TryRead(out var engineEvent))
        {
            events.Add(engineEvent);
        }

        return events;
    }
}
