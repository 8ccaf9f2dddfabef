using System.Text.Json;
using McodeBench.Core.Models.Accounting;
using McodeBench.Simulator.Tests.Support;
using Microsoft.Extensions.AI;

namespace McodeBench.Simulator.Tests.Hosting;

/// <summary>The real OpenAI client, through ChatClientFactory and the pipeline, against the simulator over loopback HTTP.</summary>
public sealed class SimulatorRoundTripTests
{
    [Fact]
    public async Task APlainCallReturnsTheInnerAnswerWithUsageFilled()
    {
        var inner = new TrialAnswerChatClient();
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), inner, cancellationToken: TestContext.Current.CancellationToken);
        var client = SimulatedModel.Client(host.BaseUrl);

        var response = await client.GetResponseAsync(SimulatedModel.Messages(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(TrialAnswerChatClient.Answer, response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal("sim-model", response.ModelId);
        Assert.StartsWith("chatcmpl-sim-", response.ResponseId, StringComparison.Ordinal);
        var usage = response.GetCallUsage()!;
        Assert.InRange(usage.InputTokens, 40, 200);
        Assert.InRange(usage.OutputTokens, 60, 400);
        Assert.Equal(SimulatedModel.Pricing.Cost(usage.InputTokens, usage.OutputTokens), usage.Cost);
        Assert.Equal(1, usage.Attempts);
        Assert.Equal(1, inner.Calls);
        Assert.Equal(1, host.Counters.Requests);
        Assert.StartsWith("http://127.0.0.1:", host.BaseUrl.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStreamedCallDeliversTheSameAnswerAndUsage()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken);
        var client = SimulatedModel.Client(host.BaseUrl);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(SimulatedModel.Messages(), cancellationToken: TestContext.Current.CancellationToken))
        {
            updates.Add(update);
        }

        var response = updates.ToChatResponse();
        Assert.True(updates.Count > 5, $"expected the answer in several chunks, got {updates.Count} updates");
        Assert.Equal(TrialAnswerChatClient.Answer, response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        var usage = response.GetCallUsage()!;
        Assert.True(usage.InputTokens > 0 && usage.OutputTokens > 0, $"usage was {usage}");
    }

    [Fact]
    public async Task StreamedAndPlainAnswersAgreeTokenForToken()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken);
        var client = SimulatedModel.Client(host.BaseUrl);

        var plain = (await client.GetResponseAsync(SimulatedModel.Messages(), cancellationToken: TestContext.Current.CancellationToken)).GetCallUsage()!;
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(SimulatedModel.Messages(), cancellationToken: TestContext.Current.CancellationToken))
        {
            updates.Add(update);
        }

        var streamed = updates.ToChatResponse().GetCallUsage()!;
        Assert.Equal((plain.InputTokens, plain.OutputTokens), (streamed.InputTokens, streamed.OutputTokens));
    }

    [Fact]
    public async Task ModelsAreListed()
    {
        await using var host = await SimulatorHost.StartAsync(
            new SimulatorOptions { ModelIds = ["sim-a", "sim-b"] }, new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken);
        using var http = new HttpClient();

        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(host.BaseUrl + "/models"), TestContext.Current.CancellationToken));

        Assert.Equal("list", document.RootElement.GetProperty("object").GetString());
        Assert.Equal(["sim-a", "sim-b"], document.RootElement.GetProperty("data").EnumerateArray().Select(model => model.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task ABodyThatIsNoRequestGets400()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken);
        using var http = new HttpClient();

        using var response = await http.PostAsync(
            new Uri(host.BaseUrl + "/chat/completions"), new StringContent("{\"model\":\"x\"}"), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("messages", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidOptionsAreRefusedWithEveryProblemNamed()
    {
        var thrown = await Assert.ThrowsAsync<ArgumentException>(() => SimulatorHost.StartAsync(
            new SimulatorOptions { ServerErrorShare = 1.5, RequestsPerSecond = 0 }, new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("ServerErrorShare", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("RequestsPerSecond", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameRequestGetsTheSameNoisyAnswerAcrossRunsAndAnotherSeedChangesIt()
    {
        var noisy = new SimulatorOptions { Seed = 7, DropShare = 0.3, InventShare = 0.5, BoundaryShiftShare = 0.5 };
        async Task<string> AskAsync(SimulatorOptions options)
        {
            await using var host = await SimulatorHost.StartAsync(options, new TrialAnswerChatClient(), cancellationToken: TestContext.Current.CancellationToken);
            var client = SimulatedModel.Client(host.BaseUrl);
            var first = await client.GetResponseAsync(SimulatedModel.Messages(), cancellationToken: TestContext.Current.CancellationToken);
            var again = await client.GetResponseAsync(SimulatedModel.Messages(), cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(first.Text, again.Text);
            return first.Text;
        }

        var run1 = await AskAsync(noisy);
        var run2 = await AskAsync(noisy);
        var otherSeed = await AskAsync(noisy with { Seed = 8 });

        Assert.Equal(run1, run2);
        Assert.NotEqual(TrialAnswerChatClient.Answer, run1);
        Assert.NotEqual(run1, otherSeed);
    }
}
