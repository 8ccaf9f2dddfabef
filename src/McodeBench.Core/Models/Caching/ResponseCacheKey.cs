using System.Buffers;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Models.Caching;

/// <summary>
/// The response-cache key of a call: lowercase hex SHA-256 of a canonical JSON document holding the endpoint, the
/// model id, every message (role, author, every content item with all its data) and every <see cref="ChatOptions"/>
/// parameter, plus the repeat index from <see cref="ChatOptionKeys.RepeatIndex"/>. Properties are written in a fixed
/// order and unset values as null, so equal inputs give equal keys and any difference gives a different key.
/// Other McodeBench keys (prefix <see cref="ChatOptionKeys.Prefix"/>) are bookkeeping and left out.
/// </summary>
public static class ResponseCacheKey
{
    /// <summary>Bumped whenever the canonical form changes, so old entries are never mistaken for new ones.</summary>
    public const string SchemaVersion = "mcodebench.response-cache.v1";

    /// <summary>
    /// The <see cref="ChatOptions"/> properties the key covers. A test compares this with the properties the type has,
    /// so a new Microsoft.Extensions.AI parameter cannot silently escape the key.
    /// <see cref="ChatOptions.RawRepresentationFactory"/> is not among them: a call that sets it is never cached.
    /// </summary>
    public static FrozenSet<string> CoveredOptionProperties { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        nameof(ChatOptions.ConversationId),
        nameof(ChatOptions.Instructions),
        nameof(ChatOptions.Temperature),
        nameof(ChatOptions.MaxOutputTokens),
        nameof(ChatOptions.TopP),
        nameof(ChatOptions.TopK),
        nameof(ChatOptions.FrequencyPenalty),
        nameof(ChatOptions.PresencePenalty),
        nameof(ChatOptions.Seed),
        nameof(ChatOptions.Reasoning),
        nameof(ChatOptions.ResponseFormat),
        nameof(ChatOptions.ModelId),
        nameof(ChatOptions.StopSequences),
        nameof(ChatOptions.AllowMultipleToolCalls),
        nameof(ChatOptions.ToolMode),
        nameof(ChatOptions.Tools),
        nameof(ChatOptions.AllowBackgroundResponses),
        nameof(ChatOptions.ContinuationToken),
        nameof(ChatOptions.AdditionalProperties));

    /// <param name="endpoint">Base URL (or another stable name) of the provider; a trailing slash is ignored.</param>
    /// <param name="modelId">The configured model id; <see cref="ChatOptions.ModelId"/>, when set, is keyed as well.</param>
    public static string Compute(string endpoint, string modelId, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(modelId);
        ArgumentNullException.ThrowIfNull(messages);
        return Convert.ToHexStringLower(SHA256.HashData(CanonicalJson(endpoint, modelId, messages, options)));
    }

    /// <summary>The canonical document that is hashed; exposed so a key can be explained.</summary>
    public static byte[] CanonicalJson(string endpoint, string modelId, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", SchemaVersion);
            writer.WriteString("endpoint", endpoint.TrimEnd('/'));
            writer.WriteString("model", modelId);
            WriteRepeatIndex(writer, options);
            writer.WriteStartArray("messages");
            foreach (var message in messages)
            {
                WriteMessage(writer, message);
            }

            writer.WriteEndArray();
            WriteOptions(writer, options);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteRepeatIndex(Utf8JsonWriter writer, ChatOptions? options)
    {
        writer.WritePropertyName("repeat_index");
        if (RepeatIndexOption.Read(options) is { } repeatIndex)
        {
            writer.WriteNumberValue(repeatIndex);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteMessage(Utf8JsonWriter writer, ChatMessage message)
    {
        writer.WriteStartObject();
        writer.WriteString("role", message.Role.Value);
        writer.WriteString("author", message.AuthorName);
        writer.WriteStartArray("contents");
        foreach (var content in message.Contents)
        {
            writer.WriteStartObject();
            writer.WriteString("type", content.GetType().FullName);
            writer.WritePropertyName("value");
            JsonSerializer.Serialize(writer, content, content.GetType(), AIJsonUtilities.DefaultOptions);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOptions(Utf8JsonWriter writer, ChatOptions? options)
    {
        writer.WritePropertyName("options");
        if (options is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("conversation_id", options.ConversationId);
        writer.WriteString("instructions", options.Instructions);
        WriteNumber(writer, "temperature", options.Temperature);
        WriteNumber(writer, "max_output_tokens", options.MaxOutputTokens);
        WriteNumber(writer, "top_p", options.TopP);
        WriteNumber(writer, "top_k", options.TopK);
        WriteNumber(writer, "frequency_penalty", options.FrequencyPenalty);
        WriteNumber(writer, "presence_penalty", options.PresencePenalty);
        WriteNumber(writer, "seed", options.Seed);
        WriteSerialized(writer, "reasoning", options.Reasoning);
        WriteResponseFormat(writer, options.ResponseFormat);
        writer.WriteString("model_id", options.ModelId);
        WriteStrings(writer, "stop", options.StopSequences);
        WriteBoolean(writer, "allow_multiple_tool_calls", options.AllowMultipleToolCalls);
        WriteToolMode(writer, options.ToolMode);
        WriteTools(writer, options.Tools);
        WriteBoolean(writer, "allow_background_responses", options.AllowBackgroundResponses);
        writer.WriteString("continuation_token", options.ContinuationToken is { } token ? Convert.ToBase64String(token.ToBytes().Span) : null);
        WriteAdditionalProperties(writer, options.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, float? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string>? values)
    {
        writer.WritePropertyName(name);
        if (values is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteSerialized(Utf8JsonWriter writer, string name, object? value)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, value, value.GetType(), AIJsonUtilities.DefaultOptions);
        }
    }

    private static void WriteResponseFormat(Utf8JsonWriter writer, ChatResponseFormat? format)
    {
        writer.WritePropertyName("response_format");
        switch (format)
        {
            case null:
                writer.WriteNullValue();
                break;
            case ChatResponseFormatText:
                writer.WriteStartObject();
                writer.WriteString("type", "text");
                writer.WriteEndObject();
                break;
            case ChatResponseFormatJson json:
                writer.WriteStartObject();
                writer.WriteString("type", "json");
                writer.WriteString("schema_name", json.SchemaName);
                writer.WriteString("schema_description", json.SchemaDescription);
                writer.WritePropertyName("schema");
                if (json.Schema is { } schema)
                {
                    schema.WriteTo(writer);
                }
                else
                {
                    writer.WriteNullValue();
                }

                writer.WriteEndObject();
                break;
            default:
                WriteSerialized(writer, "value", format);
                break;
        }
    }

    private static void WriteToolMode(Utf8JsonWriter writer, ChatToolMode? mode)
    {
        writer.WritePropertyName("tool_mode");
        if (mode is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("type", mode.GetType().Name);
        writer.WriteString("required_function", (mode as RequiredChatToolMode)?.RequiredFunctionName);
        writer.WriteEndObject();
    }

    private static void WriteTools(Utf8JsonWriter writer, IList<AITool>? tools)
    {
        writer.WritePropertyName("tools");
        if (tools is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var tool in tools)
        {
            writer.WriteStartObject();
            writer.WriteString("type", tool.GetType().FullName);
            writer.WriteString("name", tool.Name);
            writer.WriteString("description", tool.Description);
            writer.WritePropertyName("schema");
            if (tool is AIFunctionDeclaration function)
            {
                function.JsonSchema.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WritePropertyName("return_schema");
            if (tool is AIFunctionDeclaration { ReturnJsonSchema: { } returnSchema })
            {
                returnSchema.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WritePropertyName("properties");
            writer.WriteStartObject();
            foreach (var (key, value) in tool.AdditionalProperties.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                WriteSerialized(writer, key, value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteAdditionalProperties(Utf8JsonWriter writer, AdditionalPropertiesDictionary? properties)
    {
        writer.WritePropertyName("additional_properties");
        writer.WriteStartObject();
        foreach (var (key, value) in (properties ?? []).Where(pair => !pair.Key.StartsWith(ChatOptionKeys.Prefix, StringComparison.Ordinal))
                     .OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            WriteSerialized(writer, key, value);
        }

        writer.WriteEndObject();
    }
}
