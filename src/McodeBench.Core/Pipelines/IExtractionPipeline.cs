namespace McodeBench.Core.Pipelines;

/// <summary>Turns one trial into a prediction by prompting a model; never throws for a failed call or a bad output.</summary>
public interface IExtractionPipeline
{
    /// <summary>The pipeline's name as stored with results (<c>two_step</c>, <c>direct</c>).</summary>
    string Name { get; }

    /// <summary>
    /// Runs the pipeline. Model and output failures, and cancellation through <paramref name="cancellationToken"/>,
    /// come back as a failed <see cref="PipelineResult"/> keeping the steps done so far.
    /// </summary>
    Task<PipelineResult> RunAsync(PipelineRequest request, CancellationToken cancellationToken = default);
}
