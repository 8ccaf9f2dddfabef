using Microsoft.Extensions.DependencyInjection;

namespace McodeBench.Cli;

/// <summary>Registers the benchmark engine that <c>mcodebench serve</c> runs beside the tracker.</summary>
internal static class ServeEngine
{
    public static Action<IServiceCollection> Register(CommandSession session)
    {
        ArgumentNullException.ThrowIfNull(session);

        // The engine implementation is being written on main; serve wires it here once it is there.
        return _ => throw new NotSupportedException("This build of mcodebench has no benchmark engine yet, so the web tracker cannot start.");
    }
}
