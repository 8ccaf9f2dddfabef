using System.CommandLine;
using McodeBench.Cli.Engine;
using McodeBench.Core.Execution;
using McodeBench.Engine.Orchestration;
using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Admission;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Engine.Results;
using McodeBench.Simulator;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// <c>mcodebench run</c>: expands prompts × models × trials × repeats into tasks stored in the database, runs them
/// through the engine (an in-process Orleans silo) with live progress and log, scores each against its gold and
/// prints the leaderboard from the stored results. With no options it runs the bundled samples on the rules
/// baseline: no service, no API key.
/// </summary>
internal static class RunCommand
{
    private static readonly Option<string?> Samples = new("--samples")
    {
        Description = "Workspace folder with prompts/prompts.json, models.json, trials/ and gold/. Default: the configured workspace (PromptLibrary, ModelLibrary, Trials, Gold), which is the bundled samples unless configured.",
    };

    private static readonly Option<string[]> Prompts = new("--prompts") { Description = "Prompt keys, globs or tag:NAME. Default: the library's default prompt(s) for the pipeline.", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<string[]> Models = new("--models") { Description = "Model keys, globs or tag:NAME. Default: the library's default model (rules-baseline).", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<string[]> Trials = new("--trials") { Description = "Trial ids, globs or tag:NAME. Default: every trial with gold.", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<PipelineKind> Pipeline = new("--pipeline") { Description = "TwoStep (extraction → mapping) or Direct.", DefaultValueFactory = _ => PipelineKind.TwoStep };
    private static readonly Option<int> Repeats = new("--repeats") { Description = "Times each combination runs on each trial.", DefaultValueFactory = _ => 1 };
    private static readonly Option<int> Concurrency = new("--concurrency") { Description = "Tasks running at once.", DefaultValueFactory = _ => 4 };
    private static readonly Option<string> Name = new("--name") { Description = "Run name.", DefaultValueFactory = _ => "run" };
    private static readonly Option<RankingMeasure> RankBy = new("--rank-by") { Description = "F1, Precision, Recall or Compliance.", DefaultValueFactory = _ => RankingMeasure.F1 };
    private static readonly Option<RankingTarget> Target = new("--target") { Description = "Entity or Mapping scores.", DefaultValueFactory = _ => RankingTarget.Entity };
    private static readonly Option<EntityScheme> Scheme = new("--scheme") { Description = "Strict, Exact, Partial or Type (entities); Strict or Type (= lenient) for mappings.", DefaultValueFactory = _ => EntityScheme.Type };
    private static readonly Option<int?> Top = new("--top") { Description = "Show only the best N combinations." };
    private static readonly Option<string?> JsonSummary = new("--json-summary") { Description = "Write the leaderboard and aggregates as JSON to this file (a relative path is resolved from the current folder)." };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Print the task count, calls, tokens and cost estimate, and exit." };
    private static readonly Option<bool> FailOnError = new("--fail-on-error") { Description = "Exit with code 1 when any task failed." };
    private static readonly Option<TaskPriority> Priority = new("--priority") { Description = "Low, Normal, High or Critical: where the run's tasks go in the queue.", DefaultValueFactory = _ => TaskPriority.Normal };
    private static readonly Option<bool> Verbose = new("--verbose") { Description = "Print a line for every completed task too (failures are always printed)." };

    public static Command Create(SessionRunner runner)
    {
        var command = new Command("run", "Run a benchmark and print the leaderboard.")
        {
            Samples, Prompts, Models, Trials, Pipeline, Repeats, Concurrency, Priority, Name, RankBy, Target, Scheme, Top, JsonSummary, DryRun, FailOnError, Verbose,
        };
        runner.Globals.AddStatisticsTo(command);
        runner.SetAction(command, ExecuteAsync);
        return command;
    }

    private static async Task<int> ExecuteAsync(CommandSession session, CancellationToken cancellationToken)
    {
        var parse = session.Parse;
        var console = session.Out;
        var workspace = await WorkspaceLoading.LoadAsync(session, WorkspaceLoading.PathsFor(session, Samples), console, cancellationToken).ConfigureAwait(false);
        if (workspace is null)
        {
            return ExitCodes.BadInput;
        }

        var spec = BuildSpec(parse, workspace);
        var admission = new RunAdmission(workspace, session.Options.MaxTasksPerRun);
        var admitted = admission.Check(spec);
        if (!admitted.IsAdmitted)
        {
            BadInputLog.Write(session.Logger, admitted.Problems);
            DiagnosticPrinter.Print(console, admitted.Problems);
            return ExitCodes.BadInput;
        }

        var resolved = admitted.Selection;
        if (parse.GetValue(DryRun))
        {
            // Earlier runs in the database say best what these prompts make these models write.
            await using var database = await DatabaseAccess.OpenAsync(session, cancellationToken).ConfigureAwait(false);
            var history = await new OutputHistoryReader(database).ReadAsync([.. resolved.Models.Select(m => m.Key)], cancellationToken).ConfigureAwait(false);
            RunConsole.PrintEstimate(console, admission.Estimate(spec, history, cancellationToken));
            return ExitCodes.Success;
        }

        await using var simulators = await SimulatorLauncher.StartForAsync(resolved.Models, new SimulatorOptions(), cancellationToken).ConfigureAwait(false);
        foreach (var url in simulators.Started)
        {
            console.MarkupLineInterpolated($"[blue]Started the built-in simulator at {url} (results are labelled simulated).[/]");
        }

        foreach (var url in simulators.Reused)
        {
            console.MarkupLineInterpolated($"[blue]Using the simulator already running at {url} (results are labelled simulated).[/]");
        }

        var engineOptions = new EngineOptions { GlobalConcurrency = spec.Concurrency };
        await using var engineSession = await EngineSession.StartAsync(session, workspace, engineOptions, cancellationToken).ConfigureAwait(false);
        var engine = engineSession.Engine;
        using var subscription = engine.Subscribe(new EngineEventFilter(BufferSize: 10_000));
        var started = await engine.StartRunAsync(spec, cancellationToken).ConfigureAwait(false);
        console.MarkupLineInterpolated($"[blue]Run {started.RunId} started: {started.TaskCount} tasks in the queue ({engine.Database.Options.Provider}). Cancel it with: mcodebench cancel {started.RunId} — or press Ctrl+C to stop and resume it later.[/]");
        return await RunFollower.FollowAsync(
            session,
            engine,
            subscription,
            started.RunId,
            new FollowSettings(parse.GetValue(Verbose), parse.GetValue(Top), parse.GetValue(JsonSummary) is { } summary ? session.Resolve(summary) : null, parse.GetValue(FailOnError)),
            cancellationToken).ConfigureAwait(false);
    }

    private static RunSpec BuildSpec(ParseResult parse, BenchmarkWorkspace workspace)
    {
        var pipeline = parse.GetValue(Pipeline);
        IReadOnlyList<string> prompts = parse.GetValue(Prompts) is { Length: > 0 } chosen
            ? chosen
            : pipeline == PipelineKind.TwoStep
                ? [.. new[] { workspace.Prompts.DefaultFor(Core.Library.PromptType.Extraction)?.Key, workspace.Prompts.DefaultFor(Core.Library.PromptType.Mapping)?.Key }.OfType<string>()]
                : [.. new[] { workspace.Prompts.DefaultFor(Core.Library.PromptType.Direct)?.Key }.OfType<string>()];
        IReadOnlyList<string> models = parse.GetValue(Models) is { Length: > 0 } chosenModels
            ? chosenModels
            : [.. new[] { workspace.Models.DefaultKey }.OfType<string>()];
        IReadOnlyList<string> trials = parse.GetValue(Trials) is { Length: > 0 } chosenTrials
            ? chosenTrials
            : [.. workspace.Gold.Keys.Order(StringComparer.Ordinal)];
        return new RunSpec
        {
            Name = parse.GetValue(Name)!,
            PromptKeys = prompts,
            ModelKeys = models,
            TrialIds = trials,
            Pipeline = pipeline,
            Repeats = parse.GetValue(Repeats),
            Concurrency = parse.GetValue(Concurrency),
            Priority = parse.GetValue(Priority),
            Ranking = new RankingMetric(parse.GetValue(RankBy), parse.GetValue(Target), parse.GetValue(Scheme)),
            TopN = parse.GetValue(Top),
        };
    }
}
