using System.CommandLine;
using McodeBench.Cli;

// The host only wires commands; each command lives in Cli/ and the work itself in McodeBench.Core.
var root = new RootCommand("McodeBench: benchmark prompt × model combinations on extracting mCODE oncology data from ClinicalTrials.gov records.");
root.Subcommands.Add(RunCommand.Create());
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
