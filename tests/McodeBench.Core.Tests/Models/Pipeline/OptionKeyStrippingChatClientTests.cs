using McodeBench.Core.Models;
using McodeBench.Core.Models.Pipeline;
using McodeBench.Core.Tests.Models.Fakes;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Tests.Models.Pipeline;

public sealed class OptionKeyStrippingChatClientTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "hi")];

    [Fact]
    public async Task OwnKeysNeverReachTheProviderAndOtherKeysDo()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("{}"));
        var client = new OptionKeyStrippingChatClient(inner);
        var options = new ChatOptions
        {
            AdditionalProperties = new() { [ChatOptionKeys.RepeatIndex] = 2, [ChatOptionKeys.Prefix + "task"] = "t1", ["logit_bias"] = "x" },
        };

        await client.GetResponseAsync(Prompt, options, TestContext.Current.CancellationToken);

        var seen = Assert.Single(inner.SeenOptions)!;
        Assert.Equal(["logit_bias"], seen.AdditionalProperties!.Keys);
        Assert.Equal(3, options.AdditionalProperties.Count);
    }

    [Fact]
    public async Task OptionsWithOnlyOwnKeysArriveWithoutAdditionalProperties()
    {
        var inner = new ScriptedChatClient(ScriptedChatClient.Answer("{}"));
        var client = new OptionKeyStrippingChatClient(inner);

        await client.GetResponseAsync(Prompt, new ChatOptions { AdditionalProperties = new() { [ChatOptionKeys.RepeatIndex] = 0 } }, TestContext.Current.CancellationToken);

        Assert.Null(Assert.Single(inner.SeenOptions)!.AdditionalProperties);
    }
}
