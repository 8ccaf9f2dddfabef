using Microsoft.Extensions.Logging;

namespace McodeBench.Simulator.Hosting;

/// <summary>Writes Information (and Trace/Debug as they are) at Debug; see <see cref="DemotingLoggerFactory"/>.</summary>
internal sealed class DemotingLogger(ILogger inner) : ILogger
{
    public static LogLevel Demote(LogLevel level) => level == LogLevel.Information ? LogLevel.Debug : level;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(Demote(logLevel));

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var level = Demote(logLevel);
        inner.Log(level, eventId, state, exception, formatter);
    }
}
