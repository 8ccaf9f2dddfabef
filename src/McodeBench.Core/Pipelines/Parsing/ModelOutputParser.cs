using Microsoft.Extensions.AI;

namespace McodeBench.Core.Pipelines.Parsing;

/// <summary>
/// Turns a model's raw text into a <see cref="ParseOutcome"/>: a prediction with warnings, or a classified failure
/// naming where the output went wrong. The accepted shapes and the failure rules are documented in docs/parsing.md;
/// the parser is deterministic, so stored raw outputs can be re-parsed at any time (see <see cref="PipelineRescorer"/>).
/// </summary>
public static class ModelOutputParser
{
    /// <summary>Parses one output.</summary>
    /// <param name="rawOutput">The model's text, as returned.</param>
    /// <param name="finishReason">Why the model stopped; <see cref="ChatFinishReason.Length"/> turns unreadable JSON into truncated.</param>
    /// <param name="context">What the output should contain and what mappings may link to; lenient when null.</param>
    public static ParseOutcome Parse(string? rawOutput, ChatFinishReason? finishReason = null, ParseContext? context = null)
    {
        var raw = rawOutput ?? string.Empty;
        context ??= ParseContext.Lenient;
        var cutOff = finishReason == ChatFinishReason.Length;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return cutOff
                ? Fail(FailureClass.Truncated, "The output is empty and the model stopped at its output-token limit (finish reason \"length\"); raise max_output_tokens or shorten the prompt.", string.Empty)
                : Fail(FailureClass.EmptyOrRefusal, "The model returned no text" + (finishReason == ChatFinishReason.ContentFilter ? " (finish reason \"content_filter\")." : "."), string.Empty);
        }

        using var payload = JsonPayloadLocator.Locate(raw);
        return payload.Status switch
        {
            JsonPayloadStatus.Parsed => Read(raw, payload, context, cutOff),
            _ when cutOff => Truncated(raw, payload),
            JsonPayloadStatus.NotFound when finishReason == ChatFinishReason.ContentFilter || RefusalDetector.LooksLikeRefusal(raw) =>
                Fail(FailureClass.EmptyOrRefusal, "The output holds no JSON and reads as a refusal" + (finishReason == ChatFinishReason.ContentFilter ? " (finish reason \"content_filter\")." : "."), OutputExcerpt.Head(raw)),
            JsonPayloadStatus.NotFound =>
                Fail(FailureClass.InvalidJson, "The output holds no JSON object or array; the prompt should ask for JSON only (see docs/model-output.md).", OutputExcerpt.Head(raw)),
            _ => Invalid(raw, payload),
        };
    }

    private static ParseOutcome Read(string raw, JsonPayload payload, ParseContext context, bool cutOff)
    {
        var warnings = new List<string>();
        if (cutOff)
        {
            warnings.Add("The model stopped at its output-token limit (finish reason \"length\"), but the JSON is complete; it was kept.");
        }

        var prose = JsonPayloadLocator.CountProseAround(raw, payload);
        if (prose > 0)
        {
            var (line, column) = OutputExcerpt.Position(raw, payload.Start);
            warnings.Add($"{prose} characters of text outside the JSON (which starts at line {line}, column {column}) were ignored.");
        }

        return new PredictionReader(context, warnings).Read(payload.Document!.RootElement, raw);
    }

    private static ParseOutcome Truncated(string raw, JsonPayload payload)
    {
        var detail = payload.Status switch
        {
            JsonPayloadStatus.NotFound => "before any JSON began",
            JsonPayloadStatus.Incomplete => "inside the JSON",
            _ => "and the JSON does not parse (" + payload.Error + ")",
        };
        return Fail(
            FailureClass.Truncated,
            $"The model stopped at its output-token limit (finish reason \"length\") {detail}; raise max_output_tokens or ask for a shorter answer.",
            OutputExcerpt.Tail(raw));
    }

    private static ParseOutcome Invalid(string raw, JsonPayload payload)
    {
        var (line, column) = OutputExcerpt.Position(raw, payload.ErrorIndex);
        var message = payload.Status == JsonPayloadStatus.Incomplete
            ? $"Invalid JSON: the output ends at line {line}, column {column} before the JSON that starts at line {OutputExcerpt.Position(raw, payload.Start).Line} is closed."
            : $"Invalid JSON at line {line}, column {column} of the output: {payload.Error}";
        return Fail(FailureClass.InvalidJson, message, OutputExcerpt.Around(raw, payload.ErrorIndex));
    }

    private static ParseOutcome Fail(FailureClass kind, string message, string excerpt) =>
        ParseOutcome.Failed(new ParseFailure(kind, message, excerpt));
}
