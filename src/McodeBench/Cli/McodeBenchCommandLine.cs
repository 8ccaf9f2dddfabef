using System.CommandLine;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>The whole command tree, built around one console so tests can run any command and read what it printed.</summary>
public static class McodeBenchCommandLine
{
    public static RootCommand Build(IAnsiConsole console)
    {
        var root = new RootCommand("McodeBench: benchmark prompt × model combinations on extracting mCODE oncology data from ClinicalTrials.gov records.");
        root.Subcommands.Add(RunCommand.Create(console));
        return root;
    }
}
