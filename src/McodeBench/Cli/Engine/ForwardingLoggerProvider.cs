using Microsoft.Extensions.Logging;

namespace McodeBench.Cli.Engine;

/// <summary>Sends the engine host's logs (Orleans, the engine) to the command's log file rather than the console.</summary>
internal sealed class ForwardingLoggerProvider(ILoggerFactory target) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => target.CreateLogger(categoryName);

    public void Dispose()
    {
        // The command session owns the target factory.
    }
}
