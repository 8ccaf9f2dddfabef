using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace McodeBench.Simulator.Requests;

/// <summary>Reads the parts of an OpenAI chat-completions request body that the simulator uses.</summary>
internal static class ChatCompletionRequestReader
{
    public static ChatCompletionRequest Read(ReadOnlySpan<byte> body)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(body) as JsonObject ?? throw new InvalidRequestException("The request body must be a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new InvalidRequestException($"The request body is not valid JSON: {exception.Message}");
        }

        if (root["messages"] is not JsonArray messageArray || messageArray.Count == 0)
        {
            throw new InvalidRequestException("'messages' must be a non-empty array.");
        }

        var messages = messageArray.Select((node, index) => ReadMessage(node, index)).ToList();
        var model = root["model"]?.GetValue<string>() ?? throw new InvalidRequestException("'model' is required.");
        var options = new ChatOptions
        {
            ModelId = model,
            Temperature = Number(root, "temperature"),
            TopP = Number(root, "top_p"),
            MaxOutputTokens = (int?)(Integer(root, "max_completion_tokens") ?? Integer(root, "max_tokens")),
            Seed = Integer(root, "seed"),
            StopSequences = Stops(root["stop"]),
            ResponseFormat = root["response_format"]?["type"]?.GetValue<string>() switch
            {
                "json_object" or "json_schema" => ChatResponseFormat.Json,
                "text" => ChatResponseFormat.Text,
                _ => null,
            },
        };
        var stream = root["stream"]?.GetValue<bool>() ?? false;
        var includeUsage = root["stream_options"]?["include_usage"]?.GetValue<bool>() ?? false;

        // Streaming and non-streaming forms of one request are the same request.
        root.Remove("stream");
        root.Remove("stream_options");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root.ToJsonString())));
        return new ChatCompletionRequest(model, messages, options, stream, includeUsage, hash);
    }

    private static ChatMessage ReadMessage(JsonNode? node, int index)
    {
        var role = node?["role"]?.GetValue<string>() ?? throw new InvalidRequestException($"messages[{index}].role is required.");
        var text = node["content"] switch
        {
            null => string.Empty,
            JsonValue value when value.TryGetValue<string>(out var plain) => plain,
            JsonArray parts => string.Concat(parts.Select(part => part?["text"]?.GetValue<string>() ?? string.Empty)),
            _ => throw new InvalidRequestException($"messages[{index}].content must be a string or an array of content parts."),
        };
        return new ChatMessage(new ChatRole(role), text);
    }

    private static float? Number(JsonObject root, string name) =>
        root[name] is JsonValue value && value.TryGetValue<double>(out var number) ? (float)number : null;

    private static long? Integer(JsonObject root, string name) =>
        root[name] is JsonValue value && value.TryGetValue<double>(out var number)
            ? Convert.ToInt64(number, CultureInfo.InvariantCulture)
            : null;

    private static List<string>? Stops(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var single) => [single],
        JsonArray many => [.. many.Select(item => item?.GetValue<string>() ?? string.Empty)],
        _ => null,
    };
}
