using System.Text.Json;

namespace McodeBench.Core.Pipelines.Parsing;

/// <summary>
/// The JSON found in a model output, or why none could be read. Offsets index the raw output; <see cref="End"/> is
/// exclusive.
/// </summary>
internal sealed class JsonPayload : IDisposable
{
    private JsonPayload(JsonPayloadStatus status, int start, int end, JsonDocument? document, string? error, int errorIndex)
    {
        Status = status;
        Start = start;
        End = end;
        Document = document;
        Error = error;
        ErrorIndex = errorIndex;
    }

    public JsonPayloadStatus Status { get; }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    /// <summary>The parsed JSON when <see cref="Status"/> is <see cref="JsonPayloadStatus.Parsed"/>.</summary>
    public JsonDocument? Document { get; }

    /// <summary>The parser's complaint when the JSON is malformed or incomplete.</summary>
    public string? Error { get; }

    /// <summary>Where in the raw output the JSON went wrong.</summary>
    public int ErrorIndex { get; }

    public static JsonPayload NotFound { get; } = new(JsonPayloadStatus.NotFound, 0, 0, null, null, 0);

    public static JsonPayload Parsed(int start, int end, JsonDocument document) =>
        new(JsonPayloadStatus.Parsed, start, end, document, null, 0);

    public static JsonPayload Malformed(int start, int end, string error, int errorIndex) =>
        new(JsonPayloadStatus.Malformed, start, end, null, error, errorIndex);

    public static JsonPayload Incomplete(int start, int end) =>
        new(JsonPayloadStatus.Incomplete, start, end, null, "the output ends before the JSON is closed", end);

    public void Dispose() => Document?.Dispose();
}
