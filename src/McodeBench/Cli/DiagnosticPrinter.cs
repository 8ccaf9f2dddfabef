using McodeBench.Core.Diagnostics;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>Prints diagnostics in the log colours used everywhere (errors red, warnings yellow, info blue).</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var colour = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "red",
                DiagnosticSeverity.Warning => "yellow",
                _ => "blue",
            };
            console.MarkupLineInterpolated($"[{colour}]{diagnostic.ToString()}[/]");
        }
    }
}
