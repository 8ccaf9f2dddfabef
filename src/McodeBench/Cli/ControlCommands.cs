using System.CommandLine;
using McodeBench.Cli.Engine;
using McodeBench.Core.Execution;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Controls;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Events;
using McodeBench.Engine.Scheduling;
using McodeBench.Simulator;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>cancel</c>, <c>pause</c>, <c>priority</c>, <c>resume</c> and <c>retry</c>. The first three change the database,
/// which is the source of truth: a process running the run (a <c>run</c> or <c>serve</c>) sees the change within
/// a second. <c>resume</c> and <c>retry</c> queue tasks again and run them here, live, like <c>run</c>.
/// </summary>
internal static class ControlCommands
{
    private static readonly Argument<string> Id = new("id") { Description = "A run id (mcodebench runs list shows them), or for cancel and priority also a task id." };
    private static readonly Argument<TaskPriority> Level = new("level") { Description = "Low, Normal, High or Critical." };
    private static readonly Option<bool> TransientOnly = new("--transient-only") { Description = "Retry only tasks whose failure was transient (provider error, rate limited, timeout), not output the model got wrong." };
    private static readonly Option<string?> Samples = new("--samples") { Description = "Workspace folder the run was started with, when it is not the configured one." };
    private static readonly Option<bool> Verbose = new("--verbose") { Description = "Print a line for every completed task too." };
    private static readonly Option<int?> Top = new("--top") { Description = "Show only the best N combinations." };
    private static readonly Option<string?> JsonSummary = new("--json-summary") { Description = "Write the leaderboard and aggregates as JSON to this file (a relative path is resolved from the current folder)." };
    private static readonly Option<bool> FailOnError = new("--fail-on-error") { Description = "Exit with code 1 when any task failed." };

    public static IEnumerable<Command> Create(SessionRunner runner)
    {
        var cancel = new Command("cancel", "Cancel a run (or one task): waiting tasks end Cancelled now, running ones stop; finished results are kept.") { Id };
        runner.SetAction(cancel, (session, token) => OfflineAsync(
            session,
            (controls, database, id, ct) => RunOrTaskAsync(database, id, () => controls.CancelRunAsync(id, $"run '{id}' cancelled by the user", ct), () => controls.CancelTaskAsync(id, "cancelled by the user", ct), ct),
            EventLevel.Warning,
            token));

        var pause = new Command("pause", "Pause a run: its waiting tasks are held; running ones finish. Resume it with mcodebench resume.") { Id };
        runner.SetAction(pause, (session, token) => OfflineAsync(session, (controls, _, id, ct) => controls.PauseRunAsync(id, ct), EventLevel.Warning, token));

        var priority = new Command("priority", "Give a run's (or one task's) unfinished tasks a new priority; queued tasks move at once.") { Id, Level };
        runner.SetAction(priority, (session, token) => OfflineAsync(
            session,
            (controls, database, id, ct) => RunOrTaskAsync(database, id, () => controls.ChangeRunPriorityAsync(id, session.Parse.GetValue(Level), ct), () => controls.ChangeTaskPriorityAsync(id, session.Parse.GetValue(Level), ct), ct),
            EventLevel.Info,
            token));

        var resume = new Command("resume", "Resume a paused run, or one a crash or Ctrl+C interrupted, and follow it here until it ends.") { Id, Samples, Verbose, Top, JsonSummary, FailOnError };
        runner.SetAction(resume, (session, token) => RunHereAsync(session, (engine, id, ct) => engine.ResumeRunAsync(id, ct), token));

        var retry = new Command("retry", "Queue a run's failed tasks again (all, or --transient-only) and follow the run here until it ends.") { Id, TransientOnly, Samples, Verbose, Top, JsonSummary, FailOnError };
        runner.SetAction(retry, (session, token) => RunHereAsync(
            session, (engine, id, ct) => engine.RetryFailedAsync(id, session.Parse.GetValue(TransientOnly) ? RetryScope.TransientOnly : RetryScope.AllFailed, ct), token));

        return [cancel, pause, priority, resume, retry];
    }

    private static async Task<ControlResult> RunOrTaskAsync(BenchDatabase database, string id, Func<Task<ControlResult>> ofRun, Func<Task<ControlResult>> ofTask, CancellationToken cancellationToken)
    {
        if (await database.Runs.GetAsync(id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return await ofRun().ConfigureAwait(false);
        }

        if (await database.Tasks.GetAsync(id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return await ofTask().ConfigureAwait(false);
        }

        throw new RunControlException($"No run or task has id '{id}'; list the runs with: mcodebench runs list");
    }

    private static async Task<int> OfflineAsync(
        CommandSession session, Func<RunControls, BenchDatabase, string, CancellationToken, Task<ControlResult>> control, EventLevel level, CancellationToken cancellationToken)
    {
        var id = session.Parse.GetValue(Id)!;
        await using var database = await DatabaseAccess.OpenAsync(session, cancellationToken).ConfigureAwait(false);
        using var controls = new RunControls(new DatabaseRunControlStore(database), new BenchmarkScheduler(TimeProvider.System), new TaskStatusTransitions(TimeProvider.System));
        try
        {
            var result = await control(controls, database, id, cancellationToken).ConfigureAwait(false);
            var task = await database.Tasks.GetAsync(id, cancellationToken).ConfigureAwait(false);
            await database.Events.AppendAsync(new NewEvent(level, result.Summary + " (from the command line)", task?.Task.RunId ?? id, task?.Task.Id), cancellationToken).ConfigureAwait(false);
            session.Out.MarkupLineInterpolated($"[{EventColours.Of(level)}]{result.Summary}[/]");
            return ExitCodes.Success;
        }
        catch (RunControlException refused)
        {
            session.Logger.BadInput(refused.Message);
            session.Error.MarkupLineInterpolated($"[red]{refused.Message}[/]");
            return ExitCodes.BadInput;
        }
    }

    private static async Task<int> RunHereAsync(CommandSession session, Func<BenchmarkEngine, string, CancellationToken, Task<ControlResult>> control, CancellationToken cancellationToken)
    {
        var parse = session.Parse;
        var id = parse.GetValue(Id)!;
        var workspace = await WorkspaceLoading.LoadAsync(session, WorkspaceLoading.PathsFor(session, Samples), session.Error, cancellationToken).ConfigureAwait(false);
        if (workspace is null)
        {
            return ExitCodes.BadInput;
        }

        await using var engineSession = await EngineSession.StartAsync(session, workspace, new EngineOptions(), cancellationToken).ConfigureAwait(false);
        var engine = engineSession.Engine;
        var run = await engine.Database.Runs.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            session.Error.MarkupLineInterpolated($"[red]No run has id '{id}'; list the runs with: mcodebench runs list[/]");
            return ExitCodes.BadInput;
        }

        engine.SetGlobalConcurrency(Math.Max(1, run.Spec.Concurrency));
        var models = run.Spec.ModelKeys.SelectMany(key => workspace.Models.Models.Where(m => m.Key == key || Glob(key, m.Key))).Distinct().ToList();
        await using var simulators = await SimulatorLauncher.StartForAsync(models, new SimulatorOptions(), cancellationToken).ConfigureAwait(false);
        using var subscription = engine.Subscribe(new EngineEventFilter(RunId: id, BufferSize: 10_000));
        try
        {
            var result = await control(engine, id, cancellationToken).ConfigureAwait(false);
            session.Out.MarkupLineInterpolated($"[blue]{result.Summary}[/]");
        }
        catch (RunControlException refused)
        {
            session.Logger.BadInput(refused.Message);
            session.Error.MarkupLineInterpolated($"[red]{refused.Message}[/]");
            return ExitCodes.BadInput;
        }

        return await RunFollower.FollowAsync(
            session, engine, subscription, id, new FollowSettings(parse.GetValue(Verbose), parse.GetValue(Top), parse.GetValue(JsonSummary) is { } summary ? session.Resolve(summary) : null, parse.GetValue(FailOnError)), cancellationToken).ConfigureAwait(false);
    }

    // The run's spec may select models by glob; the simulator must be up for each simulated one it picked.
    private static bool Glob(string pattern, string key) =>
        pattern.Contains('*', StringComparison.Ordinal) && System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, key, ignoreCase: false);
}
