using McodeBench.Core.Library;
using McodeBench.Core.Models.Providers;
using McodeBench.Core.Tests.Models.Fakes;
using Microsoft.Extensions.AI;
using OllamaSharp;

namespace McodeBench.Core.Tests.Models.Providers;

public sealed class ChatClientFactoryTests
{
    private static ModelDefinition Model(ProviderKind provider, string? endpoint, string? keyVariable) => new(
        "model-under-test", provider, endpoint, "some-model", keyVariable, new GenerationParameters(), ModelPricing.Free,
        RequestsPerMinute: null, MaxConcurrency: 1, Timeout: TimeSpan.FromSeconds(60), Tags: []);

    private static ChatClientFactory Factory(Dictionary<string, string>? environment = null, Func<ModelDefinition, IChatClient>? baseline = null) =>
        new(new ChatClientFactoryOptions
        {
            ReadEnvironmentVariable = name => environment?.GetValueOrDefault(name),
            RulesBaseline = baseline,
        });

    [Theory]
    [InlineData(ProviderKind.OpenAICompatible)]
    [InlineData(ProviderKind.Anthropic)]
    [InlineData(ProviderKind.Ollama)]
    public void AMissingKeyVariableIsNamedInTheError(ProviderKind provider)
    {
        var thrown = Assert.Throws<ApiKeyMissingException>(() => Factory().Create(Model(provider, "https://api.example.test/v1", "MCODEBENCH_TEST_KEY")));

        Assert.Equal("MCODEBENCH_TEST_KEY", thrown.VariableName);
        Assert.Contains("MCODEBENCH_TEST_KEY", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("model-under-test", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenAICompatibleModelsTalkToTheirEndpoint()
    {
        var client = Factory(new() { ["MCODEBENCH_TEST_KEY"] = "sk-test-secret" })
            .Create(Model(ProviderKind.OpenAICompatible, "http://127.0.0.1:8000/v1", "MCODEBENCH_TEST_KEY"));

        var metadata = client.GetService<ChatClientMetadata>();
        Assert.Equal(new Uri("http://127.0.0.1:8000/v1"), metadata?.ProviderUri);
        Assert.Equal("some-model", metadata?.DefaultModelId);
    }

    [Fact]
    public void KeylessSimulatorNeedsItsEndpoint()
    {
        var thrown = Assert.Throws<ArgumentException>(() => Factory().Create(Model(ProviderKind.Simulator, null, null)));

        Assert.Contains("model-under-test", thrown.Message, StringComparison.Ordinal);
        Assert.NotNull(Factory().Create(Model(ProviderKind.Simulator, "http://127.0.0.1:5199/v1", null)));
    }

    [Fact]
    public void AnEndpointThatIsNoHttpUrlIsRejected()
    {
        var thrown = Assert.Throws<ArgumentException>(() => Factory().Create(Model(ProviderKind.OpenAICompatible, "localhost:8000", null)));

        Assert.Contains("'localhost:8000'", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnthropicModelsUseTheAnthropicAdapter()
    {
        var client = Factory(new() { ["ANTHROPIC_TEST_KEY"] = "sk-ant-test" })
            .Create(Model(ProviderKind.Anthropic, null, "ANTHROPIC_TEST_KEY"));

        Assert.Equal("anthropic", client.GetService<ChatClientMetadata>()?.ProviderName);
    }

    [Fact]
    public void OllamaModelsUseOllamaSharp()
    {
        var client = Factory().Create(Model(ProviderKind.Ollama, "http://127.0.0.1:11434", null));

        var ollama = Assert.IsType<OllamaApiClient>(client);
        Assert.Equal("some-model", ollama.SelectedModel);
        Assert.Equal(new Uri("http://127.0.0.1:11434"), ollama.Uri);
    }

    [Fact]
    public void TheRulesBaselineComesFromTheInjectedFactory()
    {
        var baseline = new ScriptedChatClient(ScriptedChatClient.Answer("{}"));

        Assert.Same(baseline, Factory(baseline: _ => baseline).Create(Model(ProviderKind.RulesBaseline, null, null)));
        var thrown = Assert.Throws<InvalidOperationException>(() => Factory().Create(Model(ProviderKind.RulesBaseline, null, null)));
        Assert.Contains("rules baseline", thrown.Message, StringComparison.Ordinal);
    }
}
