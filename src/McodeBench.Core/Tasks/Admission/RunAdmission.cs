using System.Globalization;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Execution;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tasks.Admission;

/// <summary>
/// The one door a run spec passes, whoever sends it (the CLI, the REST API, the new-benchmark page, the engine): the
/// spec's own fields, selectors that match nothing (with close matches), what the selection lacks, and the run's size
/// against <see cref="MaxTasksPerRun"/>. Every problem is returned at once, each once, at its field, in the user's
/// words; a field that already has a problem gets no follow-on (an unknown model is not also "no model selected").
/// The estimate goes through the same door, so a spec is never estimated by other rules than it is started by.
/// </summary>
public sealed class RunAdmission
{
    /// <summary>The setting that bounds <see cref="MaxTasksPerRun"/>, named in the refusal so the user knows what to raise.</summary>
    public const string MaxTasksPerRunSetting = "MaxTasksPerRun";

    /// <summary>A million tasks: far beyond any benchmark of the sample's kind, small enough to store in minutes.</summary>
    public const long DefaultMaxTasksPerRun = 1_000_000;

    private readonly BenchmarkWorkspace workspace;
    private readonly TimeProvider clock;

    /// <param name="maxTasksPerRun">The most tasks one run may make (the <see cref="MaxTasksPerRunSetting"/> setting).</param>
    /// <param name="clock">Stamps estimates; the engine passes its own.</param>
    public RunAdmission(BenchmarkWorkspace workspace, long maxTasksPerRun = DefaultMaxTasksPerRun, TimeProvider? clock = null)
    {
        this.workspace = workspace ?? throw new ArgumentNullException(nameof(workspace));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTasksPerRun);
        MaxTasksPerRun = maxTasksPerRun;
        this.clock = clock ?? TimeProvider.System;
    }

    public long MaxTasksPerRun { get; }

    /// <summary>Every problem of <paramref name="spec"/> against the workspace; never throws for bad input.</summary>
    public AdmissionResult Check(RunSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<Diagnostic>();
        Add(problems, spec.Validate());
        var trials = workspace.Trials.Values.Select(t => (t.Id, t.Tags)).ToList();
        var (selection, unknown) = RunSelector.Select(spec, workspace.Prompts.Prompts, workspace.Models.Models, trials);
        Add(problems, unknown.Select(u => RunSpecProblem.At(FieldOf(u.Kind), Capitalise(u.ToString()) + ".", "Choose keys, globs or tag:NAME that exist (mcodebench library list shows them).")));
        Add(problems, MatrixExpansion.ValidateSelection(spec, selection));
        var count = MatrixExpansion.Count(spec, selection);
        if (problems.Count == 0 && count > MaxTasksPerRun)
        {
            problems.Add(TooLarge(spec, selection, count));
        }

        return new AdmissionResult(selection, count, problems);
    }

    /// <summary>What the spec would cost, computed from the matrix's dimensions (no task is built).</summary>
    /// <param name="history">Output tokens of earlier runs (the engine reads them from the database); null for none.</param>
    /// <exception cref="InvalidRunSpecException">The spec is not admitted; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException">Whoever asked went away.</exception>
    public DryRunEstimate Estimate(RunSpec spec, OutputHistory? history = null, CancellationToken cancellationToken = default)
    {
        var selection = Check(spec).Admitted(spec.Name);
        var estimator = new DryRunEstimator(
            id => TrialTextAssembler.Assemble(workspace.Trial(id), workspace.Sections).Text,
            id => workspace.Gold.TryGetValue(id, out var gold) ? gold : null);
        return estimator.Estimate(spec, selection, history, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    // Once each: a field that already has a problem takes no second one (the follow-on of the first), and the same
    // message at the same place is never repeated.
    private static void Add(List<Diagnostic> problems, IEnumerable<Diagnostic> found)
    {
        var before = problems.Select(p => RootField(p.JsonPath)).ToHashSet(StringComparer.Ordinal);
        foreach (var problem in found)
        {
            if (before.Contains(RootField(problem.JsonPath)) || problems.Any(p => p.JsonPath == problem.JsonPath && p.Message == problem.Message))
            {
                continue;
            }

            problems.Add(problem);
        }
    }

    private static string RootField(string? path)
    {
        var text = path ?? string.Empty;
        var end = text.IndexOfAny(['[', '.']);
        return end < 0 ? text : text[..end];
    }

    private Diagnostic TooLarge(RunSpec spec, ResolvedRun selection, long count)
    {
        var combinations = MatrixExpansion.PromptCombinations(spec.Pipeline, selection.Prompts).Count;
        var factors = string.Create(
            CultureInfo.InvariantCulture,
            $"{spec.Repeats:#,0} repeat(s) × {selection.TrialIds.Count:#,0} trial(s) × {selection.Models.Count:#,0} model(s) × {combinations:#,0} prompt combination(s)");
        return RunSpecProblem.At(
            spec.Repeats > 1 ? "repeats" : "trial_ids",
            string.Create(CultureInfo.InvariantCulture, $"This run would make {count:#,0} tasks ({factors}), more than the {MaxTasksPerRun:#,0} a run may have ({MaxTasksPerRunSetting})."),
            $"Lower the repeats or select fewer trials, models or prompts; or raise the {MaxTasksPerRunSetting} setting (appsettings.json or the MCODEBENCH_{MaxTasksPerRunSetting.ToUpperInvariant()} environment variable).");
    }

    private static string FieldOf(string kind) => kind switch
    {
        "prompt" => "prompt_keys",
        "model" => "model_keys",
        "trial" => "trial_ids",
        _ => kind,
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
