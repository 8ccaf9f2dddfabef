using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using McodeBench.Cli;
using McodeBench.Core.Library;
using McodeBench.Core.Library.Storage;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary>
/// <c>mcodebench simulate-llm</c> started in-process on a free port: it prints its URL and a usable model-library entry,
/// answers a chat completion over loopback HTTP, and stops cleanly (exit 0) when cancelled as Ctrl+C cancels it.
/// </summary>
public sealed partial class SimulateLlmCommandTests : IDisposable
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);

    private readonly CliHarness harness = new();

    [Fact]
    public async Task Serves_chat_completions_until_cancelled_then_exits_0()
    {
        var output = CliHarness.NewConsole();
        var error = CliHarness.NewConsole();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var running = McodeBenchCommandLine.InvokeAsync(
            new CommandLineContext(output, error, harness.Environment), ["simulate-llm", "--port", "0", "--seed", "7"], stop.Token);

        var baseUrl = await WaitForUrlAsync(output, running);
        using (var client = new HttpClient())
        {
            using var body = new StringContent(
                """{"model":"mcodebench-simulator","messages":[{"role":"user","content":"<clinical_text>HER2-positive breast cancer treated with trastuzumab</clinical_text>"}]}""",
                Encoding.UTF8,
                "application/json");
            using var response = await client.PostAsync(new Uri(baseUrl + "/chat/completions"), body, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            var content = answer.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
            Assert.Contains("trastuzumab", content, StringComparison.OrdinalIgnoreCase);
        }

        await stop.CancelAsync();
        var exit = await running.WaitAsync(StartupLimit, TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        Assert.Contains("Simulator stopped after 1 request(s): 1 completed", output.Output, StringComparison.Ordinal);
        await AssertPortClosedAsync(new Uri(baseUrl));
    }

    [Fact]
    public async Task The_printed_entry_loads_as_a_simulator_model_at_the_printed_url()
    {
        var output = CliHarness.NewConsole();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var running = McodeBenchCommandLine.InvokeAsync(
            new CommandLineContext(output, CliHarness.NewConsole(), harness.Environment), ["simulate-llm", "--port", "0", "--model-id", "sim-x"], stop.Token);
        var baseUrl = await WaitForUrlAsync(output, running);
        await stop.CancelAsync();
        Assert.Equal(0, await running.WaitAsync(StartupLimit, TestContext.Current.CancellationToken));

        var text = output.Output;
        var start = text.IndexOf("{\n", StringComparison.Ordinal);
        var end = text.IndexOf("\n}", start, StringComparison.Ordinal) + 2;
        var library = harness.Write("models.json", $$"""{ "format": "mcodebench-models", "version": "1", "models": [ {{text[start..end]}} ] }""");
        var loaded = ModelLibraryLoader.Load(library);

        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var model = Assert.Single(loaded.Library!.Models);
        Assert.Equal(ProviderKind.Simulator, model.Provider);
        Assert.Equal(baseUrl, model.Endpoint);
        Assert.Equal("sim-x", model.ModelId);
        Assert.True(model.IsSimulated);
    }

    [Fact]
    public async Task A_port_in_use_is_bad_input_with_a_clear_message()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = await harness.RunAsync("simulate-llm", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, result.Exit);
        Assert.Contains($"port {port} on 127.0.0.1 is already in use", result.Out, StringComparison.Ordinal);
        Assert.Contains("--port 0", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--error-rate", "1.5")]
    [InlineData("--noise", "-0.1")]
    [InlineData("--rate-limit", "0")]
    [InlineData("--latency-ms", "-5")]
    [InlineData("--port", "70000")]
    public async Task An_out_of_range_knob_is_bad_input_naming_the_option(string option, string value)
    {
        var result = await harness.RunAsync("simulate-llm", option, value);

        Assert.Equal(2, result.Exit);
        Assert.Contains($"error: {option} is", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shares_that_add_up_to_more_than_1_are_bad_input()
    {
        var result = await harness.RunAsync("simulate-llm", "--malformed-rate", "0.6", "--truncated-rate", "0.6");

        Assert.Equal(2, result.Exit);
        Assert.Contains("--malformed-rate and --truncated-rate add up to more than 1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_knob_that_is_not_a_number_is_bad_input()
    {
        var result = await harness.RunAsync("simulate-llm", "--seed", "lucky");

        Assert.Equal(2, result.Exit);
        Assert.Contains("lucky", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();

    /// <summary>The base URL once the command has printed it; fails with the output if the command ends first.</summary>
    private static async Task<string> WaitForUrlAsync(Spectre.Console.Testing.TestConsole output, Task<int> running)
    {
        var deadline = DateTime.UtcNow + StartupLimit;
        while (DateTime.UtcNow < deadline)
        {
            if (running.IsCompleted)
            {
                Assert.Fail($"simulate-llm ended with exit code {await running} before listening:\n{output.Output}");
            }

            if (ListeningAt().Match(output.Output) is { Success: true } match && output.Output.Contains("Press Ctrl+C", StringComparison.Ordinal))
            {
                return match.Groups["url"].Value;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Fail("simulate-llm printed no URL within " + StartupLimit);
        return string.Empty;
    }

    private static async Task AssertPortClosedAsync(Uri baseUrl)
    {
        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(baseUrl.Host, baseUrl.Port, TestContext.Current.CancellationToken).AsTask());
    }

    [GeneratedRegex(@"Simulator listening at (?<url>http://127\.0\.0\.1:\d+/v1)")]
    private static partial Regex ListeningAt();
}
