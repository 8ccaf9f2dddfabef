using McodeBench.Core.Models;

namespace McodeBench.Core.Pipelines;

/// <summary>
/// Everything one model call of a pipeline sent and received: enough to re-parse and rescore the result without
/// calling the model again.
/// </summary>
/// <param name="Step">Step name: <c>extraction</c> or <c>mapping</c> (two-step), <c>direct</c>.</param>
/// <param name="Prompt">The prompt exactly as sent (the rendered template).</param>
/// <param name="RawOutput">The model's text as returned; null when the call failed.</param>
/// <param name="FinishReason">The provider's finish reason (<c>stop</c>, <c>length</c>, <c>content_filter</c>, …).</param>
/// <param name="Usage">Tokens, cost and latency of the call, from the accounting middleware or the response's usage.</param>
/// <param name="Latency">Wall time of the step as the pipeline measured it.</param>
/// <param name="StartedAt">When the call started (UTC).</param>
/// <param name="ModelId">The model id the response reports.</param>
/// <param name="EntitiesJson">Mapping step only: the entities JSON inserted as <c>{entities_json}</c>; mapping links resolve against it.</param>
/// <param name="CallFailure">Set when the call itself failed (no output).</param>
/// <param name="CallFailureMessage">The failure's description, credentials masked.</param>
public sealed record PipelineStepRecord(
    string Step,
    string Prompt,
    string? RawOutput,
    string? FinishReason,
    CallUsage? Usage,
    TimeSpan Latency,
    DateTimeOffset StartedAt,
    string? ModelId = null,
    string? EntitiesJson = null,
    FailureClass? CallFailure = null,
    string? CallFailureMessage = null);
