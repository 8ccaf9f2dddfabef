using Microsoft.Extensions.Logging;

namespace McodeBench.Simulator.Hosting;

/// <summary>
/// Hands ASP.NET Core's loggers to the simulator with their Information lines demoted to Debug: the framework writes
/// four lines per request ("Request starting", "Executing endpoint", …), which would bury the log of a benchmark under
/// one block per model call. Warnings and errors keep their level; everything else passes through unchanged.
/// </summary>
internal sealed class DemotingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    /// <summary>The framework's per-request categories.</summary>
    public const string DemotedPrefix = "Microsoft.AspNetCore";

    public ILogger CreateLogger(string categoryName)
    {
        var logger = inner.CreateLogger(categoryName);
        return categoryName.StartsWith(DemotedPrefix, StringComparison.Ordinal) ? new DemotingLogger(logger) : logger;
    }

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    // The session owns the inner factory and disposes it.
    public void Dispose()
    {
    }
}
