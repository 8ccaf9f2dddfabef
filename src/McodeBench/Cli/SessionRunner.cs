using System.CommandLine;
using McodeBench.Configuration;
using McodeBench.Logging;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// Runs a command's body inside a <see cref="CommandSession"/>: loads the configuration (unusable settings are bad
/// input, exit 2), opens the log, and turns what escapes the body into a logged error with its context and a message
/// that says what to do next, so no command ends on a stack trace.
/// </summary>
internal sealed class SessionRunner(CommandLineContext context, GlobalOptions globals)
{
    public CommandLineContext Context { get; } = context;

    /// <summary>The configuration options; commands that compute statistics add <see cref="GlobalOptions.Statistics"/>.</summary>
    public GlobalOptions Globals { get; } = globals;

    public void SetAction(Command command, Func<CommandSession, CancellationToken, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(body);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, body, cancellationToken));
    }

    private async Task<int> RunAsync(ParseResult parse, Func<CommandSession, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        var name = CommandPath.Of(parse);
        var configuration = McodeBenchConfiguration.Load(Context.Environment, Globals.Assignments(parse));
        if (configuration.Options is not { } options)
        {
            DiagnosticPrinter.Print(Context.Error, configuration.Diagnostics.Where(d => d.IsError));
            Context.Error.MarkupLine("[red]The configuration is not usable; fix the settings named above (mcodebench config show lists every setting and its source).[/]");
            return ExitCodes.BadInput;
        }

        KnownSecrets.Register(options, Context.Environment);
        using var session = new CommandSession(name, parse, Context, configuration, options, McodeBenchLogging.CreateLoggerFactory(options, Context.Environment));
        var arguments = string.Join(' ', parse.Tokens.Select(token => SecretMasker.MaskConnectionString(token.Value)));
        session.Logger.CommandStarted(name, arguments, options);
        try
        {
            var exit = await body(session, cancellationToken).ConfigureAwait(false);
            if (exit == ExitCodes.Success)
            {
                session.Logger.CommandSucceeded(name, exit, arguments);
            }
            else
            {
                session.Logger.CommandRefused(name, exit, arguments);
            }

            return exit;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            session.Logger.CommandCancelled(name, arguments);
            Context.Error.MarkupLine("[yellow]Cancelled.[/]");
            return ExitCodes.Cancelled;
        }
        catch (Exception error)
        {
            session.Logger.CommandFailed(error, name, arguments);
            var message = Core.Pipelines.SecretScrubber.Scrub(error.Message);
            Context.Error.MarkupLineInterpolated($"[red]mcodebench {name} failed: {message}[/]");
            Context.Error.MarkupLineInterpolated($"[red]The log file ({options.LogDirectory}) has the details. If the message does not say what to fix, please report it with that log.[/]");
            return ExitCodes.Failed;
        }
    }
}
