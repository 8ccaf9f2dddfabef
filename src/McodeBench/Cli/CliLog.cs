using McodeBench.Configuration;
using McodeBench.Simulator;
using Microsoft.Extensions.Logging;

namespace McodeBench.Cli;

/// <summary>The host's log messages, source-generated so that a disabled level costs nothing.</summary>
internal static partial class CliLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "mcodebench {Command} started: {Arguments}; {Options}")]
    public static partial void CommandStarted(this ILogger logger, string command, string arguments, McodeBenchOptions options);

    [LoggerMessage(Level = LogLevel.Information, Message = "mcodebench {Command} ended with exit code {ExitCode}: {Arguments}")]
    public static partial void CommandSucceeded(this ILogger logger, string command, int exitCode, string arguments);

    [LoggerMessage(Level = LogLevel.Warning, Message = "mcodebench {Command} ended with exit code {ExitCode}: {Arguments}")]
    public static partial void CommandRefused(this ILogger logger, string command, int exitCode, string arguments);

    [LoggerMessage(Level = LogLevel.Warning, Message = "mcodebench {Command} was cancelled: {Arguments}")]
    public static partial void CommandCancelled(this ILogger logger, string command, string arguments);

    [LoggerMessage(Level = LogLevel.Error, Message = "mcodebench {Command} failed: {Arguments}")]
    public static partial void CommandFailed(this ILogger logger, Exception error, string command, string arguments);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bad input: {Problem}")]
    public static partial void BadInput(this ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Removed} response-cache entries ({What}) from {Where}")]
    public static partial void CacheEntriesRemoved(this ILogger logger, int removed, string what, string where);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bad input: port {Port} on 127.0.0.1 could not be bound")]
    public static partial void PortUnavailable(this ILogger logger, Exception error, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulator listening at {BaseUrl} with {Options}")]
    public static partial void SimulatorStarted(this ILogger logger, Uri baseUrl, SimulatorOptions options);

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulator at {BaseUrl} stopped: {Counters}")]
    public static partial void SimulatorStopped(this ILogger logger, Uri baseUrl, SimulatorCounters counters);
}
