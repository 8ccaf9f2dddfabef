using System.Text.Json;
using McodeBench.Core.Models;
using McodeBench.Core.Models.Caching;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Models.Caching;

public sealed class ResponseCacheKeyTests
{
    private const string Endpoint = "http://127.0.0.1:5000/v1";
    private const string Model = "gpt-test";

    private static List<ChatMessage> Messages() =>
    [
        new(ChatRole.System, "You extract mCODE elements."),
        new(ChatRole.User, "<clinical_text>HER2-positive breast cancer</clinical_text>"),
    ];

    private static ChatOptions Options() => new()
    {
        Temperature = 0f,
        TopP = 1f,
        MaxOutputTokens = 4096,
        Seed = 7,
        ResponseFormat = ChatResponseFormat.Json,
        StopSequences = ["END"],
        AdditionalProperties = new() { [ChatOptionKeys.RepeatIndex] = 0 },
    };

    private static string Key(List<ChatMessage>? messages = null, ChatOptions? options = null, string endpoint = Endpoint, string model = Model) =>
        ResponseCacheKey.Compute(endpoint, model, messages ?? Messages(), options ?? Options());

    [Fact]
    public void EqualInputsGiveEqualKeys()
    {
        Assert.Equal(Key(), Key());
        Assert.Matches("^[0-9a-f]{64}$", Key());
    }

    public static TheoryData<string> Mutations =>
    [
        "endpoint", "model", "message text", "message role", "extra message", "author", "image content",
        "temperature", "top_p", "top_k", "max tokens", "seed", "frequency penalty", "presence penalty",
        "response format text", "json schema", "stop", "tools", "tool mode", "multiple tool calls", "instructions",
        "conversation", "options model id", "reasoning", "background", "additional property", "repeat index", "no repeat index",
    ];

    [Theory]
    [MemberData(nameof(Mutations))]
    public void ChangingAnyInputChangesTheKey(string mutation)
    {
        var messages = Messages();
        var options = Options();
        var endpoint = Endpoint;
        var model = Model;
        switch (mutation)
        {
            case "endpoint": endpoint = "http://127.0.0.1:5001/v1"; break;
            case "model": model = "gpt-other"; break;
            case "message text": messages[1] = new ChatMessage(ChatRole.User, "<clinical_text>HER2-negative breast cancer</clinical_text>"); break;
            case "message role": messages[0] = new ChatMessage(ChatRole.User, messages[0].Text); break;
            case "extra message": messages.Add(new ChatMessage(ChatRole.Assistant, "{}")); break;
            case "author": messages[1].AuthorName = "coordinator"; break;
            case "image content": messages[1].Contents.Add(new DataContent(new byte[] { 1, 2, 3 }, "image/png")); break;
            case "temperature": options.Temperature = 0.7f; break;
            case "top_p": options.TopP = 0.9f; break;
            case "top_k": options.TopK = 40; break;
            case "max tokens": options.MaxOutputTokens = 1024; break;
            case "seed": options.Seed = 8; break;
            case "frequency penalty": options.FrequencyPenalty = 0.1f; break;
            case "presence penalty": options.PresencePenalty = 0.1f; break;
            case "response format text": options.ResponseFormat = ChatResponseFormat.Text; break;
            case "json schema": options.ResponseFormat = ChatResponseFormat.ForJsonSchema(JsonDocument.Parse("""{"type":"object"}""").RootElement, "entities"); break;
            case "stop": options.StopSequences = ["STOP"]; break;
            case "tools": options.Tools = [AIFunctionFactory.Create((string text) => text.Length, "count_characters")]; break;
            case "tool mode": options.ToolMode = ChatToolMode.RequireAny; break;
            case "multiple tool calls": options.AllowMultipleToolCalls = false; break;
            case "instructions": options.Instructions = "Be brief."; break;
            case "conversation": options.ConversationId = "conv-1"; break;
            case "options model id": options.ModelId = "override"; break;
            case "reasoning": options.Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High }; break;
            case "background": options.AllowBackgroundResponses = true; break;
            case "additional property": options.AdditionalProperties!["logit_bias"] = "none"; break;
            case "repeat index": options.AdditionalProperties![ChatOptionKeys.RepeatIndex] = 1; break;
            case "no repeat index": options.AdditionalProperties!.Remove(ChatOptionKeys.RepeatIndex); break;
            default: throw new ArgumentOutOfRangeException(nameof(mutation), mutation, "Unknown mutation.");
        }

        Assert.NotEqual(Key(), ResponseCacheKey.Compute(endpoint, model, messages, options));
    }

    [Fact]
    public void EveryChatOptionsPropertyIsKeyedOrDeliberatelyExcluded()
    {
        var properties = typeof(ChatOptions).GetProperties().Select(property => property.Name).ToHashSet(StringComparer.Ordinal);
        properties.Remove(nameof(ChatOptions.RawRepresentationFactory));

        Assert.Equal(properties.Order(StringComparer.Ordinal), ResponseCacheKey.CoveredOptionProperties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BookkeepingKeysOtherThanTheRepeatIndexDoNotChangeTheKey()
    {
        var options = Options();
        options.AdditionalProperties![ChatOptionKeys.Prefix + "trace"] = "task-17";

        Assert.Equal(Key(), Key(options: options));
    }

    [Fact]
    public void RepeatIndexIsKeyedByValueNotByType()
    {
        var asLong = Options();
        asLong.AdditionalProperties![ChatOptionKeys.RepeatIndex] = 0L;

        Assert.Equal(Key(), Key(options: asLong));
    }

    [Fact]
    public void TrailingSlashOfTheEndpointDoesNotMatter() =>
        Assert.Equal(Key(), Key(endpoint: Endpoint + "/"));
}
