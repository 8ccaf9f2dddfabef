namespace McodeBench.Core.Pipelines;

/// <summary>Why a pipeline run produced no prediction.</summary>
/// <param name="Kind">The failure class.</param>
/// <param name="Message">What went wrong, with credentials masked.</param>
/// <param name="Step">The step that failed (e.g. <c>extraction</c>, <c>mapping</c>, <c>direct</c>).</param>
/// <param name="Excerpt">For output failures, the offending part of the raw output.</param>
public sealed record PipelineFailure(FailureClass Kind, string Message, string Step, string? Excerpt = null);
