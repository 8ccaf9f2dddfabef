using McodeBench.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace McodeBench.Cli;

/// <summary>Writes the errors that made a command refuse its input to the log, one line each with file and place.</summary>
internal static class BadInputLog
{
    public static void Write(ILogger logger, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.IsError))
        {
            logger.BadInput(diagnostic.ToString());
        }
    }
}
