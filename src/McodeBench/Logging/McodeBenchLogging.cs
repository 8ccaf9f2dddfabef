using System.Globalization;
using McodeBench.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Display;

namespace McodeBench.Logging;

/// <summary>
/// The host's logging: Serilog with a rolling file (a new file each day and past 10 MB, the last 14 kept, shared so that
/// several mcodebench processes can write to one file), and optionally standard error. Every line passes through
/// <see cref="SecretScrubbingFormatter"/>, so no API key, token or password is ever written.
/// </summary>
public static class McodeBenchLogging
{
    public const string OutputTemplate =
        "{" + UtcTimestampEnricher.PropertyName + ":yyyy-MM-ddTHH:mm:ss.fffZ} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public const long FileSizeLimitBytes = 10L * 1024 * 1024;

    public const int RetainedFiles = 14;

    /// <summary>Adds McodeBench's sinks and level to a Serilog configuration (the engine's host calls it through <c>AddSerilog</c>).</summary>
    public static LoggerConfiguration Configure(LoggerConfiguration configuration, McodeBenchOptions options, ProcessEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        configuration.Enrich.FromLogContext().Enrich.With(new UtcTimestampEnricher());
        if (options.LogLevel == LogLevel.None)
        {
            return configuration;
        }

        configuration.MinimumLevel.Is(ToSerilog(options.LogLevel));
        var secrets = SecretValues(options, environment);
        configuration.WriteTo.File(
            new SecretScrubbingFormatter(new MessageTemplateTextFormatter(OutputTemplate, CultureInfo.InvariantCulture), secrets),
            options.LogFile,
            fileSizeLimitBytes: FileSizeLimitBytes,
            shared: true,
            rollingInterval: RollingInterval.Day,
            rollOnFileSizeLimit: true,
            retainedFileCountLimit: RetainedFiles);
        if (options.LogToConsole)
        {
            configuration.WriteTo.Console(
                new SecretScrubbingFormatter(new MessageTemplateTextFormatter(OutputTemplate, CultureInfo.InvariantCulture), secrets),
                standardErrorFromLevel: LogEventLevel.Verbose);
        }

        return configuration;
    }

    /// <summary>A logger factory for one command; disposing it flushes and closes the log file.</summary>
    public static ILoggerFactory CreateLoggerFactory(McodeBenchOptions options, ProcessEnvironment environment) =>
        new SerilogLoggerFactory(Configure(new LoggerConfiguration(), options, environment).CreateLogger(), dispose: true);

    /// <summary>
    /// Values never to be written: the access token, the database password and every environment variable whose name
    /// says it holds a secret (<c>OPENAI_API_KEY</c>, <c>…_TOKEN</c>, …). Short values are left out: masking every
    /// "1234" in a log would hide more than it protects.
    /// </summary>
    public static IReadOnlyList<string> SecretValues(McodeBenchOptions options, ProcessEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        const int shortest = 8;
        var values = environment.Variables
            .Where(pair => SecretMasker.IsSecretName(pair.Key))
            .Select(pair => pair.Value.Trim())
            .Append(options.AccessToken)
            .Where(value => value.Length >= shortest)
            .ToList();
        return values;
    }

    public static LogEventLevel ToSerilog(LogLevel level) => level switch
    {
        LogLevel.Trace => LogEventLevel.Verbose,
        LogLevel.Debug => LogEventLevel.Debug,
        LogLevel.Information => LogEventLevel.Information,
        LogLevel.Warning => LogEventLevel.Warning,
        LogLevel.Error => LogEventLevel.Error,
        _ => LogEventLevel.Fatal,
    };
}
