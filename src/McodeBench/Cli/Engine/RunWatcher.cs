using System.Globalization;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Engine.Persistence.Runs;
using Spectre.Console;

namespace McodeBench.Cli.Engine;

/// <summary>
/// Shows a run live on the console: a progress bar with rate and ETA, and the run's log lines in their colours.
/// Returns when the run has finished or was cancelled; a paused run is waited on (it may be resumed elsewhere).
/// Per-task success lines are shown only when asked for, so a run of 10,000 tasks does not flood the terminal.
/// </summary>
internal static class RunWatcher
{
    public static async Task<RunProgress> WatchAsync(
        IAnsiConsole console, IBenchmarkEngine engine, EngineEventSubscription subscription, string runId, bool showTaskSuccesses, CancellationToken cancellationToken)
    {
        var last = await engine.GetProgressAsync(runId, cancellationToken).ConfigureAwait(false);
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask(Describe(last), maxValue: Math.Max(1, last.Total));
                var pausedNoted = false;
                while (!IsOver(last))
                {
                    using var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    tick.CancelAfter(TimeSpan.FromSeconds(2));
                    try
                    {
                        while (await subscription.Reader.WaitToReadAsync(tick.Token).ConfigureAwait(false))
                        {
                            while (subscription.Reader.TryRead(out var engineEvent))
                            {
                                switch (engineEvent)
                                {
                                    case LogEngineEvent log when log.Entry.RunId == runId || log.Entry.RunId is null:
                                        Print(console, log.Entry, showTaskSuccesses);
                                        break;
                                    case ProgressEngineEvent progress when progress.Progress.RunId == runId:
                                        last = progress.Progress;
                                        break;
                                    default:
                                        break;
                                }
                            }

                            Update(bar, last);
                            if (IsOver(last))
                            {
                                break;
                            }
                        }
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        // No event for a while: read the progress from the database in case events were dropped.
                        last = await engine.GetProgressAsync(runId, cancellationToken).ConfigureAwait(false);
                        Update(bar, last);
                    }

                    if (last.Status == RunStatus.Paused && !pausedNoted)
                    {
                        console.MarkupLineInterpolated($"[yellow]Run {runId} is paused; waiting. Resume it with: mcodebench resume {runId} (Ctrl+C leaves it paused).[/]");
                        pausedNoted = true;
                    }
                    else if (last.Status != RunStatus.Paused)
                    {
                        pausedNoted = false;
                    }
                }

                Update(bar, last);
                bar.StopTask();
            }).ConfigureAwait(false);
        return last;
    }

    private static bool IsOver(RunProgress progress) =>
        progress.Status == RunStatus.Completed
        || (progress.Status == RunStatus.Cancelled && progress.Count(Core.Tasks.TrackedTaskStatus.Running) == 0);

    private static void Update(ProgressTask bar, RunProgress progress)
    {
        bar.MaxValue = Math.Max(1, progress.Total);
        bar.Value = progress.Done;
        bar.Description = Describe(progress);
    }

    private static string Describe(RunProgress progress)
    {
        var rate = progress.TasksPerSecond is { } perSecond ? perSecond.ToString("0.0", CultureInfo.InvariantCulture) + " tasks/s" : "— tasks/s";
        var eta = progress.Eta is { } left ? "ETA " + left.ToString(left.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture) : "ETA —";
        var failed = progress.Count(Core.Tasks.TrackedTaskStatus.Failed);
        return Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{progress.Done}/{progress.Total} done, {failed} failed, {progress.Status.ToString().ToLowerInvariant()} · {rate} · {eta}"));
    }

    private static void Print(IAnsiConsole console, StoredEvent entry, bool showTaskSuccesses)
    {
        if (entry.Level == EventLevel.Debug || (entry.Level == EventLevel.Success && entry.TaskId is not null && !showTaskSuccesses))
        {
            return;
        }

        var time = entry.TimeUtc.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        console.MarkupLine($"[{EventColours.Of(entry.Level)}]{time} {entry.Level.ToString().ToUpperInvariant(),-7} {Markup.Escape(entry.Message)}[/]");
    }
}
