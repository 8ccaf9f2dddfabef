using System.Collections.Concurrent;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Engine.Tests.Persistence.Support;
using Microsoft.Extensions.Logging;

namespace McodeBench.Engine.Tests.Orchestration;

/// <summary>
/// Warnings and errors the engine publishes go to the log naming only what they belong to: an engine-wide problem
/// has no run, a run's problem no task, and "Run null task null" never appears.
/// </summary>
public sealed class EngineEventLogLineTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_log_line_names_the_run_and_task_only_when_the_event_has_them()
    {
        await using var testDatabase = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite, Token);
        await using var database = await testDatabase.OpenAsync(TimeProvider.System, cancellationToken: Token);
        var logger = new LineLogger();
        var hub = new EngineEventHub(database.Events, logger: logger);

        hub.Publish(new NewEvent(EventLevel.Error, "the feeder hit an error"));
        hub.Publish(new NewEvent(EventLevel.Warning, "the run is paused", "run-1"));
        hub.Publish(new NewEvent(EventLevel.Error, "the model failed", "run-1", "task-7"));
        await hub.DisposeAsync();

        Assert.Equal(
            ["Engine: the feeder hit an error", "Run run-1: the run is paused", "Run run-1 task task-7: the model failed"],
            logger.Lines);
        Assert.DoesNotContain(logger.Lines, line => line.Contains("null", StringComparison.Ordinal));
    }

    private sealed class LineLogger : ILogger
    {
        private readonly ConcurrentQueue<string> lines = new();

        public IReadOnlyList<string> Lines => [.. lines];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));
    }
}
