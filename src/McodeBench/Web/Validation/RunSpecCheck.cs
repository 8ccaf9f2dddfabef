using McodeBench.Core.Diagnostics;
using McodeBench.Core.Execution;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Web.Validation;

/// <summary>
/// Every problem of a run spec against a workspace, as the engine would find them: the spec's own checks, selectors
/// that match nothing (with close matches), and what the selection lacks. Used for inline validation before a run
/// is started, so the user sees all problems at once.
/// </summary>
public static class RunSpecCheck
{
    /// <returns>The resolved selection (null when a selector matched nothing) and the problems (empty when the spec can start).</returns>
    public static (ResolvedRun? Resolved, IReadOnlyList<Diagnostic> Problems) Check(RunSpec spec, BenchmarkWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(workspace);
        var own = spec.Validate();
        if (own.Count > 0)
        {
            return (null, own);
        }

        try
        {
            var resolved = RunSelector.Resolve(spec, workspace.Prompts.Prompts, workspace.Models.Models, workspace.Trials.Values.ToList());
            return (resolved, MatrixExpansion.Validate(spec, resolved));
        }
        catch (UnknownSelectionException unknown)
        {
            var problems = unknown.Unknown.Select(u => Diagnostic.Error(string.Empty, PathOf(u.Kind), Capitalise(u.ToString()) + ".", "Select one that exists.")).ToList();
            return (null, problems.Count > 0 ? problems : [Diagnostic.Error(string.Empty, string.Empty, unknown.Message, string.Empty)]);
        }
    }

    /// <summary>How many tasks the selection makes: repeats × trials × models × prompt combinations.</summary>
    public static int TaskCount(RunSpec spec, ResolvedRun resolved)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(resolved);
        return Math.Max(0, spec.Repeats) * resolved.TrialIds.Count * resolved.Models.Count * MatrixExpansion.PromptCombinations(spec.Pipeline, resolved.Prompts).Count;
    }

    private static string PathOf(string kind) => kind switch
    {
        "prompt" => "prompt_keys",
        "model" => "model_keys",
        "trial" => "trial_ids",
        _ => kind,
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
