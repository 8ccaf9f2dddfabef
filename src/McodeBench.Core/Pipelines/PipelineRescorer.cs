namespace McodeBench.Core.Pipelines;

/// <summary>
/// Rebuilds a stored <see cref="PipelineResult"/>'s prediction (or failure) from its recorded raw outputs only, with
/// no model call: after a parser fix, every stored result can be re-read and rescored for free. Call failures and
/// cancellations stay as they were, since there is no output to re-read.
/// </summary>
public static class PipelineRescorer
{
    public static PipelineResult ReParse(PipelineResult stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.Pipeline switch
        {
            TwoStepPipeline.PipelineName => TwoStepPipeline.Reinterpret(stored),
            DirectPipeline.PipelineName => DirectPipeline.Reinterpret(stored),
            _ => throw new ArgumentException(
                $"Cannot re-parse a result of pipeline \"{stored.Pipeline}\"; known pipelines are {TwoStepPipeline.PipelineName} and {DirectPipeline.PipelineName}.",
                nameof(stored)),
        };
    }
}
