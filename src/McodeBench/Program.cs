using McodeBench.Cli;

// The host only wires commands; each command lives in Cli/ and the work itself in McodeBench.Core.
// A redirected console is unfolded there (CommandLineContext.ForProcess), so a log or CI capture keeps one line per message.
var context = CommandLineContext.ForProcess();
return await McodeBenchCommandLine.InvokeAsync(context, args).ConfigureAwait(false);
