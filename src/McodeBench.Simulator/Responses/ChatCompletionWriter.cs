using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace McodeBench.Simulator.Responses;

/// <summary>Writes OpenAI chat-completions wire format: a JSON body, an SSE stream, or an error object.</summary>
internal static class ChatCompletionWriter
{
    private const int StreamChunkLength = 32;
    private const string Fingerprint = "mcodebench-simulator";

    public static async Task WriteCompletionAsync(HttpResponse response, CompletionResult result, CancellationToken cancellationToken)
    {
        var json = Json(writer =>
        {
            writer.WriteStartObject();
            WriteHeader(writer, result, "chat.completion");
            writer.WriteStartArray("choices");
            writer.WriteStartObject();
            writer.WriteNumber("index", 0);
            writer.WriteStartObject("message");
            writer.WriteString("role", "assistant");
            writer.WriteString("content", result.Text);
            writer.WriteNull("refusal");
            writer.WriteEndObject();
            writer.WriteNull("logprobs");
            writer.WriteString("finish_reason", result.FinishReason);
            writer.WriteEndObject();
            writer.WriteEndArray();
            WriteUsage(writer, result);
            writer.WriteEndObject();
        });
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        await response.Body.WriteAsync(json, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Streams the text in small deltas, then the finish reason, then (when asked) a usage-only chunk, then [DONE].</summary>
    public static async Task WriteStreamAsync(HttpResponse response, CompletionResult result, bool includeUsage, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        await WriteEventAsync(response, Chunk(result, role: "assistant", content: string.Empty, finishReason: null), cancellationToken).ConfigureAwait(false);
        foreach (var piece in Pieces(result.Text))
        {
            await WriteEventAsync(response, Chunk(result, role: null, content: piece, finishReason: null), cancellationToken).ConfigureAwait(false);
        }

        await WriteEventAsync(response, Chunk(result, role: null, content: null, finishReason: result.FinishReason), cancellationToken).ConfigureAwait(false);
        if (includeUsage)
        {
            await WriteEventAsync(response, UsageChunk(result), cancellationToken).ConfigureAwait(false);
        }

        await response.WriteAsync("data: [DONE]\n\n", cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteErrorAsync(
        HttpResponse response, int status, string type, string message, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        if (retryAfter is { } delay)
        {
            // Whole seconds, rounded up, at least 1: the delay-seconds form of RFC 9110.
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var json = Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("message", message);
            writer.WriteString("type", type);
            writer.WriteNull("param");
            writer.WriteString("code", type);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
        await response.Body.WriteAsync(json, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteEventAsync(HttpResponse response, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        await response.WriteAsync("data: ", cancellationToken).ConfigureAwait(false);
        await response.Body.WriteAsync(json, cancellationToken).ConfigureAwait(false);
        await response.WriteAsync("\n\n", cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static ReadOnlyMemory<byte> Chunk(CompletionResult result, string? role, string? content, string? finishReason) => Json(writer =>
    {
        writer.WriteStartObject();
        WriteHeader(writer, result, "chat.completion.chunk");
        writer.WriteStartArray("choices");
        writer.WriteStartObject();
        writer.WriteNumber("index", 0);
        writer.WriteStartObject("delta");
        if (role is not null)
        {
            writer.WriteString("role", role);
        }

        if (content is not null)
        {
            writer.WriteString("content", content);
        }

        writer.WriteEndObject();
        writer.WriteNull("logprobs");
        writer.WriteString("finish_reason", finishReason);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteNull("usage");
        writer.WriteEndObject();
    });

    private static ReadOnlyMemory<byte> UsageChunk(CompletionResult result) => Json(writer =>
    {
        writer.WriteStartObject();
        WriteHeader(writer, result, "chat.completion.chunk");
        writer.WriteStartArray("choices");
        writer.WriteEndArray();
        WriteUsage(writer, result);
        writer.WriteEndObject();
    });

    private static void WriteHeader(Utf8JsonWriter writer, CompletionResult result, string kind)
    {
        writer.WriteString("id", result.Id);
        writer.WriteString("object", kind);
        writer.WriteNumber("created", result.Created);
        writer.WriteString("model", result.Model);
        writer.WriteString("system_fingerprint", Fingerprint);
    }

    private static void WriteUsage(Utf8JsonWriter writer, CompletionResult result)
    {
        writer.WriteStartObject("usage");
        writer.WriteNumber("prompt_tokens", result.PromptTokens);
        writer.WriteNumber("completion_tokens", result.CompletionTokens);
        writer.WriteNumber("total_tokens", result.PromptTokens + result.CompletionTokens);
        writer.WriteEndObject();
    }

    /// <summary>Slices of at most <see cref="StreamChunkLength"/> characters that never split a surrogate pair.</summary>
    private static IEnumerable<string> Pieces(string text)
    {
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(StreamChunkLength, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            yield return text.Substring(start, length);
            start += length;
        }
    }

    private static ReadOnlyMemory<byte> Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenMemory;
    }
}
