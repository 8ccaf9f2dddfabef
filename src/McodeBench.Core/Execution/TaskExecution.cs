using McodeBench.Core.Models;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Scoring;

namespace McodeBench.Core.Execution;

/// <summary>The outcome of running one benchmark task once: what the pipeline did, its score (when the trial has gold) and its usage.</summary>
public sealed record TaskExecution(PipelineResult Pipeline, TaskScore? Score, UsageTotals Usage)
{
    public FailureClass? Failure => Pipeline.Failure?.Kind;
}
