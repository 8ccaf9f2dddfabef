using McodeBench.Cli;

// The host only wires commands; each command lives in Cli/ and the work itself in McodeBench.Core.
var context = CommandLineContext.ForProcess();
if (Console.IsOutputRedirected)
{
    // Logs and CI capture: wide enough that the leaderboard's columns are not folded into unreadable slivers.
    context.Out.Profile.Width = 200;
}

if (Console.IsErrorRedirected)
{
    context.Error.Profile.Width = 200;
}

return await McodeBenchCommandLine.InvokeAsync(context, args).ConfigureAwait(false);
