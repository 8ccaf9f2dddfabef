using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Results;
using Spectre.Console;

namespace McodeBench.Cli.Engine;

/// <summary>
/// What <c>run</c>, <c>resume</c> and <c>retry</c> do once their tasks are queued: follow the run live, then print
/// the leaderboard from the stored results, write the JSON summary and choose the exit code. Ctrl+C leaves the run
/// resumable: finished results stay, running tasks go back to the queue.
/// </summary>
internal static class RunFollower
{
    public static async Task<int> FollowAsync(
        CommandSession session, BenchmarkEngine engine, EngineEventSubscription subscription, string runId, FollowSettings settings, CancellationToken cancellationToken)
    {
        var console = session.Out;
        RunProgress progress;
        try
        {
            progress = await RunWatcher.WatchAsync(console, engine, subscription, runId, settings.ShowTaskSuccesses, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.MarkupLineInterpolated($"[yellow]Interrupted. Finished results of run {runId} are kept; running tasks go back to the queue. Continue with: mcodebench resume {runId}[/]");
            return ExitCodes.Cancelled;
        }

        var run = await engine.Database.Runs.GetAsync(runId, CancellationToken.None).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Run '{runId}' disappeared from the database while it ran.");
        var ranking = run.Spec.Ranking;
        var rows = await StoredLeaderboard.BuildAsync(new RunResultsReader(engine.Database), runId, engine.Workspace.Models, ranking, settings.Top ?? run.Spec.TopN, session.Options.Statistics, CancellationToken.None).ConfigureAwait(false);
        var failed = progress.Count(Core.Tasks.TrackedTaskStatus.Failed);
        RunConsole.PrintLeaderboard(console, rows, ranking, session.Options.Statistics);
        PrintEnd(console, run, progress);
        if (settings.JsonSummary is { } summaryFile)
        {
            await RunSummaryWriter.WriteAsync(summaryFile, run.Spec, rows, CancellationToken.None).ConfigureAwait(false);
            console.MarkupLineInterpolated($"[blue]Wrote {summaryFile}[/]");
        }

        return failed > 0 && settings.FailOnError ? ExitCodes.TasksFailed : ExitCodes.Success;
    }

    private static void PrintEnd(IAnsiConsole console, StoredRun run, RunProgress progress)
    {
        var failed = progress.Count(Core.Tasks.TrackedTaskStatus.Failed);
        if (progress.Status == RunStatus.Cancelled)
        {
            console.MarkupLineInterpolated($"[yellow]Run {run.Id} was cancelled: {progress.Count(Core.Tasks.TrackedTaskStatus.Completed)} completed tasks are kept above.[/]");
        }
        else if (failed > 0)
        {
            console.MarkupLineInterpolated($"[yellow]Run {run.Id}: {failed} task(s) failed. See why with: mcodebench runs show {run.Id}; run the transient ones again with: mcodebench retry {run.Id} --transient-only[/]");
        }
        else
        {
            console.MarkupLineInterpolated($"[green]Run {run.Id} completed: {progress.Done} task(s). Export the results with: mcodebench export {run.Id} --format csv[/]");
        }
    }
}
