using System.Collections.Concurrent;
using McodeBench.Simulator.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace McodeBench.Simulator.Tests.Hosting;

/// <summary>The simulator's per-request framework lines are Debug, so an Information log holds none of them.</summary>
public sealed class SimulatorLoggingTests
{
    [Fact]
    public async Task Per_request_lines_are_written_at_debug_not_information()
    {
        var lines = new ConcurrentQueue<(LogLevel Level, string Category, string Text)>();
        using var factory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListProvider(lines)));
        await using (var host = await SimulatorHost.StartAsync(new SimulatorOptions(), new TrialAnswerChatClient(), loggerFactory: factory, cancellationToken: TestContext.Current.CancellationToken))
        {
            await SimulatedModel.Client(host.BaseUrl).GetResponseAsync(SimulatedModel.Messages(), cancellationToken: TestContext.Current.CancellationToken);
        }

        var perRequest = lines.Where(l => l.Text.Contains("/v1/chat/completions", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(perRequest);
        Assert.All(perRequest, line => Assert.Equal(LogLevel.Debug, line.Level));
    }

    private sealed class ListProvider(ConcurrentQueue<(LogLevel, string, string)> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(string category, ConcurrentQueue<(LogLevel, string, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((logLevel, category, formatter(state, exception)));
    }
}
