namespace McodeBench.Core.Pipelines.Parsing;

/// <summary>Why a model output could not be turned into a prediction.</summary>
/// <param name="Kind">The failure class (invalid_json, schema_violation, truncated or empty_or_refusal).</param>
/// <param name="Message">What is wrong and where (line and column, or JSON path), phrased so a prompt author can fix it.</param>
/// <param name="Excerpt">The offending part of the raw output, cut to a readable length.</param>
public sealed record ParseFailure(FailureClass Kind, string Message, string Excerpt);
