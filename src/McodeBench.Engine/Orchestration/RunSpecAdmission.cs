using McodeBench.Core.Diagnostics;
using McodeBench.Core.Execution;
using McodeBench.Core.Tasks;
using McodeBench.Core.Tasks.Estimation;
using McodeBench.Core.Tasks.Runs;
using McodeBench.Core.Trials;

namespace McodeBench.Engine.Orchestration;

/// <summary>
/// Checks a run spec against the workspace and expands it: every problem is collected (an unknown key, a prompt
/// of the wrong type, a bad count) so the user fixes them in one go.
/// </summary>
public static class RunSpecAdmission
{
    /// <exception cref="RunSpecRejectedException">The spec names something the workspace lacks, or is invalid.</exception>
    public static ResolvedRun Resolve(RunSpec spec, BenchmarkWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(workspace);
        ResolvedRun resolved;
        try
        {
            resolved = RunSelector.Resolve(spec, workspace.Prompts.Prompts, workspace.Models.Models, workspace.Trials.Values.ToList());
        }
        catch (UnknownSelectionException error)
        {
            throw new RunSpecRejectedException([Diagnostic.Error("run spec", "$", error.Message, "Choose keys, globs or tag:NAME that exist in the libraries and trials folder (mcodebench library list shows them).")]);
        }

        var problems = spec.Validate().Concat(MatrixExpansion.Validate(spec, resolved)).Where(p => p.IsError).ToList();
        if (problems.Count > 0)
        {
            throw new RunSpecRejectedException(problems);
        }

        return resolved;
    }

    /// <summary>The tasks of a new run with id <paramref name="runId"/>.</summary>
    public static IReadOnlyList<BenchmarkTask> Expand(RunSpec spec, BenchmarkWorkspace workspace, string runId, DateTime createdUtc) =>
        MatrixExpansion.Expand(spec, Resolve(spec, workspace), runId, createdUtc);

    public static DryRunEstimate Estimate(RunSpec spec, BenchmarkWorkspace workspace)
    {
        var resolved = Resolve(spec, workspace);
        var tasks = MatrixExpansion.Expand(spec, resolved, "estimate", DateTime.UtcNow);
        var estimator = new DryRunEstimator(id => TrialTextAssembler.Assemble(workspace.Trial(id), workspace.Sections).Text);
        return estimator.Estimate(tasks.ToList(), resolved.Prompts, resolved.Models);
    }
}
