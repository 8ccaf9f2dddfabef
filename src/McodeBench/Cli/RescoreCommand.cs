using System.CommandLine;
using System.Globalization;
using McodeBench.Core.Provenance;
using McodeBench.Engine.Results;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench rescore RUN [--gold PATH]</c>: recomputes every score of a stored run from its stored predictions
/// against the configured (or given) gold, with no model call; the replaced scores stay in the database labelled with
/// the digest of the gold they were computed against (docs/persistence.md, "Gold provenance").
/// </summary>
internal static class RescoreCommand
{
    private static readonly Argument<string> RunId = new("run-id") { Description = "The run's id (mcodebench runs list shows them)." };

    private static readonly Option<string[]> Gold = new("--gold")
    {
        Description = "Native gold files or folders to score against. Default: the configured gold (Gold).",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Command Create(SessionRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var command = new Command("rescore", "Recompute a run's scores from its stored predictions against the current gold (no model calls); earlier scores are kept with their gold digest.") { RunId, Gold };
        runner.SetAction(command, ExecuteAsync);
        return command;
    }

    private static async Task<int> ExecuteAsync(CommandSession session, CancellationToken cancellationToken)
    {
        var runId = session.Parse.GetValue(RunId)!;
        if (ResultsSession.HasNoDatabaseYet(session.Options))
        {
            session.Error.MarkupLineInterpolated($"[red]No run '{runId}': there is no database at {session.Options.DatabaseFile} yet (--data-dir or --db names the one the run used).[/]");
            return ExitCodes.BadInput;
        }

        var configured = session.Options.Workspace;
        var paths = session.Parse.GetValue(Gold) is { Length: > 0 } gold ? configured with { Gold = [.. gold.Select(session.Resolve)] } : configured;
        var workspace = await WorkspaceLoading.LoadAsync(session, paths, session.Error, cancellationToken).ConfigureAwait(false);
        if (workspace is null)
        {
            return ExitCodes.BadInput;
        }

        await using var results = await ResultsSession.OpenAsync(session, session.Error, cancellationToken).ConfigureAwait(false);
        if (results is null)
        {
            return ExitCodes.BadInput;
        }

        RescoreOutcome outcome;
        try
        {
            outcome = await new RunRescorer(results.Database, workspace).RescoreAsync(runId, cancellationToken).ConfigureAwait(false);
        }
        catch (RescoreRefusedException refused)
        {
            session.Logger.BadInput(refused.Message);
            session.Error.MarkupLineInterpolated($"[red]{refused.Message}[/]");
            return ExitCodes.BadInput;
        }

        var was = ScoringDigests.Abbreviate(outcome.PreviousGoldDigest);
        var now = ScoringDigests.Abbreviate(outcome.Provenance.GoldDigest);
        session.Out.MarkupLineInterpolated(
            $"Rescored {outcome.Tasks.ToString(CultureInfo.InvariantCulture)} finished task(s) of run {outcome.RunId} from their stored predictions, no model called: gold {now} ({(outcome.GoldChanged ? $"was {was}" : "unchanged")}).");
        session.Out.MarkupLineInterpolated(
            $"{outcome.Archived.ToString(CultureInfo.InvariantCulture)} earlier report(s) kept under gold {was}; mcodebench runs show {outcome.RunId} shows the new leaderboard.");
        if (outcome.WithoutGold > 0)
        {
            session.Error.MarkupLineInterpolated($"[yellow]{outcome.WithoutGold.ToString(CultureInfo.InvariantCulture)} task(s) are on trials the gold no longer annotates: they have no score now.[/]");
        }

        return ExitCodes.Success;
    }
}
