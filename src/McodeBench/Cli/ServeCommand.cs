using System.CommandLine;
using McodeBench.Core.Execution;
using McodeBench.Engine.Persistence;
using McodeBench.Web;
using McodeBench.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench serve</c>: the web tracker and the engine in one process, on one database. Listens on this machine
/// only unless told otherwise; any other address needs the access token, or the command refuses to start.
/// </summary>
internal static class ServeCommand
{
    private static readonly Option<string?> Urls = new("--urls")
    {
        Description = "Addresses to listen on, separated by ';'. Default: http://127.0.0.1:PORT with the WebPort setting (5080), this machine only. "
            + "Any other address needs an access token (AccessToken in appsettings.json or MCODEBENCH_ACCESS_TOKEN).",
    };

    public static Command Create(SessionRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var command = new Command("serve", "Run the web tracker (pages and REST API) with the benchmark engine until Ctrl+C.") { Urls };
        runner.SetAction(command, ExecuteAsync);
        return command;
    }

    private static async Task<int> ExecuteAsync(CommandSession session, CancellationToken cancellationToken)
    {
        var options = new TrackerHostOptions
        {
            Urls = session.Parse.GetValue(Urls) ?? TrackerHostOptions.LoopbackUrl(session.Options.WebPort),
            AccessToken = session.Options.AccessToken,
            Environment = session.Environment,
            Configuration = session.Configuration,
        };

        // Refused before anything is opened: a tracker that would be open to the network must not start at all.
        try
        {
            AccessPolicy.For(options.Urls, options.AccessToken);
        }
        catch (TrackerStartRefusedException refused)
        {
            session.Logger.BadInput(refused.Message);
            session.Error.MarkupLineInterpolated($"[red]error: {refused.Message}[/]");
            return ExitCodes.BadInput;
        }

        var workspace = await WorkspaceLoading.LoadAsync(session, session.Options.Workspace, session.Error, cancellationToken).ConfigureAwait(false);
        if (workspace is null)
        {
            return ExitCodes.BadInput;
        }

        ServeEngine engine;
        try
        {
            engine = await ServeEngine.OpenAsync(session, workspace, cancellationToken).ConfigureAwait(false);
        }
        catch (DatabaseUnavailableException unavailable)
        {
            session.Logger.BadInput(unavailable.Message);
            session.Error.MarkupLineInterpolated($"[red]error: {unavailable.Message}[/]");
            return ExitCodes.BadInput;
        }

        await using (engine.ConfigureAwait(false))
        {
            foreach (var url in engine.Simulators)
            {
                session.Out.MarkupLineInterpolated($"[blue]Started the built-in simulator at {url} (results are labelled simulated).[/]");
            }

            var app = TrackerHost.Build(options, engine.Register);
            await using (app.ConfigureAwait(false))
            {
                return await ServeAsync(session, app, options, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> ServeAsync(CommandSession session, WebApplication app, TrackerHostOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException error)
        {
            session.Logger.BadInput(error.Message);
            session.Error.MarkupLineInterpolated($"[red]error: the tracker cannot listen on {options.Urls}: {error.Message}[/]");
            session.Error.MarkupLine("[red]Fix: stop whatever uses that port, or choose another address with --urls (or the WebPort setting).[/]");
            return ExitCodes.BadInput;
        }

        foreach (var url in app.Urls)
        {
            session.Out.MarkupLineInterpolated($"[green]McodeBench tracker at {url}[/]");
        }

        session.Out.MarkupLine(app.Services.GetRequiredService<AccessPolicy>().RequiresToken
            ? "[grey]Pages and API ask for the access token. Press Ctrl+C to stop.[/]"
            : "[grey]Open to this machine only. Press Ctrl+C to stop.[/]");

        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C (or the host stopping) is how this command is meant to end.
        }

        // Stopping the host stops the engine first: tasks still running go back to the queue for the next start.
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        session.Out.MarkupLine("Tracker stopped; unfinished tasks resume on the next start.");
        return ExitCodes.Success;
    }
}
