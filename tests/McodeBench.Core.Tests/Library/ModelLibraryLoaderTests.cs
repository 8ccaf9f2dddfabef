using McodeBench.Core.Library;
using McodeBench.Core.Library.Storage;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Library;

public sealed class ModelLibraryLoaderTests : IDisposable
{
    private const string PastedKey = "sk-proj-Zx81kLmQ02vTt7RaBcDeFgHiJkLmNoPq";

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_default_library_loads_without_errors_or_warnings()
    {
        var result = ModelLibraryLoader.Load(Path.Combine(RepositoryPaths.Samples, "models.json"));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.NotNull(result.Library);
    }

    [Fact]
    public void The_default_library_has_the_baseline_as_default_and_labels_simulated_models()
    {
        var library = ModelLibraryLoader.Load(Path.Combine(RepositoryPaths.Samples, "models.json")).RequireLibrary();

        Assert.Equal("rules-baseline", library.Default!.Key);
        Assert.Equal(ProviderKind.RulesBaseline, library.Default.Provider);
        Assert.Null(library.Default.ApiKeyVariable);
        Assert.True(library.Get("simulated-gpt").IsSimulated);
        Assert.Equal("http://127.0.0.1:5199/v1", library.Get("simulated-gpt").Endpoint);
        Assert.True(library.Get("simulated-gpt").Pricing.Cost(1_000_000, 1_000_000) > 0m);
        Assert.False(library.Get("gpt-4o-mini").IsSimulated);
    }

    [Fact]
    public void The_default_library_holds_ready_entries_for_real_providers()
    {
        var library = ModelLibraryLoader.Load(Path.Combine(RepositoryPaths.Samples, "models.json")).RequireLibrary();

        var mini = library.Get("gpt-4o-mini");
        Assert.Equal(("OPENAI_API_KEY", "o200k_base", 0.15m, 0.60m), (mini.ApiKeyVariable, mini.Tokenizer, mini.Pricing.InputPerMillion, mini.Pricing.OutputPerMillion));
        Assert.Equal("o200k_base", library.Get("gpt-4.1").Tokenizer);
        Assert.Equal(("https://api.deepseek.com/v1", "DEEPSEEK_API_KEY"), (library.Get("deepseek-chat").Endpoint, library.Get("deepseek-chat").ApiKeyVariable));
        Assert.Contains(library.Models, m => m.Provider == ProviderKind.Anthropic && m.ApiKeyVariable == "ANTHROPIC_API_KEY");
        Assert.Contains(library.Models, m => m.Provider == ProviderKind.Ollama && m.Endpoint == "http://127.0.0.1:11434" && m.ApiKeyVariable is null && m.Pricing == ModelPricing.Free);
        Assert.Contains(library.Models, m => m.Endpoint == "http://127.0.0.1:8000/v1" && m.ApiKeyVariable is null && m.Pricing == ModelPricing.Free);
    }

    [Fact]
    public void An_unknown_model_key_lists_close_matches()
    {
        var library = ModelLibraryLoader.Load(Path.Combine(RepositoryPaths.Samples, "models.json")).RequireLibrary();

        var error = Assert.Throws<LibraryKeyNotFoundException>(() => library.Get("gpt4o-mini"));

        Assert.Equal("gpt-4o-mini", error.Suggestions[0]);
        Assert.Contains("gpt-4o-mini", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimal_entry_gets_the_documented_defaults()
    {
        var path = folder.Write("models.json", Library("""{"key": "baseline", "provider": "rules-baseline", "default": true}"""));

        var model = ModelLibraryLoader.Load(path).RequireLibrary().Get("baseline");

        Assert.Equal("baseline", model.ModelId);
        Assert.Equal(new GenerationParameters(), model.Parameters);
        Assert.Equal(ModelPricing.Free, model.Pricing);
        Assert.Equal(1, model.MaxConcurrency);
        Assert.Equal(TimeSpan.FromSeconds(120), model.Timeout);
        Assert.Null(model.RequestsPerMinute);
    }

    [Fact]
    public void Explicit_null_parameters_are_left_to_the_provider()
    {
        var path = folder.Write("models.json", Library("""{"key": "b", "provider": "rules-baseline", "default": true, "parameters": {"temperature": null, "max_output_tokens": null, "top_p": 0.9, "seed": 7}}"""));

        var parameters = ModelLibraryLoader.Load(path).RequireLibrary().Get("b").Parameters;

        Assert.Equal(new GenerationParameters(null, null, true, 7, 0.9f), parameters);
    }

    [Fact]
    public void An_unknown_provider_is_reported_with_a_suggestion()
    {
        var path = folder.Write("models.json", Library("""{"key": "m", "provider": "openai", "endpoint": "https://api.openai.com/v1", "model_id": "x", "default": true}"""));

        var error = Assert.Single(ModelLibraryLoader.Load(path).Errors);

        Assert.Equal("$.models[0].provider", error.Location);
        Assert.Contains("openai-compatible", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openai-compatible")]
    [InlineData("anthropic")]
    [InlineData("ollama")]
    [InlineData("simulator")]
    public void A_network_provider_without_endpoint_is_an_error(string provider)
    {
        var path = folder.Write("models.json", Library($$"""{"key": "m", "provider": "{{provider}}", "model_id": "x", "api_key_env": "K", "pricing": {"input_per_million": 0, "output_per_million": 0}, "default": true}"""));

        var error = Assert.Single(ModelLibraryLoader.Load(path).Errors);

        Assert.Equal("$.models[0].endpoint", error.Location);
        Assert.Contains("http", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_prices_are_errors_at_their_paths()
    {
        var path = folder.Write("models.json", Library("""{"key": "m", "provider": "rules-baseline", "pricing": {"input_per_million": -1, "output_per_million": -0.5}, "default": true}"""));

        var errors = ModelLibraryLoader.Load(path).Errors;

        Assert.Equal(["$.models[0].pricing.input_per_million", "$.models[0].pricing.output_per_million"], errors.Select(e => e.Location));
    }

    [Theory]
    [InlineData("\"max_concurrency\": 0", "$.models[0].max_concurrency")]
    [InlineData("\"timeout_seconds\": 0", "$.models[0].timeout_seconds")]
    [InlineData("\"timeout_seconds\": -3", "$.models[0].timeout_seconds")]
    [InlineData("\"rate_limit_rpm\": 0", "$.models[0].rate_limit_rpm")]
    [InlineData("\"parameters\": {\"temperature\": -0.1}", "$.models[0].parameters.temperature")]
    [InlineData("\"parameters\": {\"max_output_tokens\": 0}", "$.models[0].parameters.max_output_tokens")]
    [InlineData("\"parameters\": {\"top_p\": 1.5}", "$.models[0].parameters.top_p")]
    public void Out_of_range_values_are_errors_at_their_paths(string field, string location)
    {
        var path = folder.Write("models.json", Library($$"""{"key": "m", "provider": "openai-compatible", "endpoint": "http://127.0.0.1:8000/v1", "model_id": "x", "default": true, {{field}}}"""));

        var error = Assert.Single(ModelLibraryLoader.Load(path).Errors);

        Assert.Equal(location, error.Location);
    }

    [Fact]
    public void An_endpoint_that_is_not_an_absolute_http_url_is_an_error()
    {
        var path = folder.Write("models.json", Library("""{"key": "m", "provider": "openai-compatible", "endpoint": "api.openai.com/v1", "model_id": "x", "default": true}"""));

        var error = Assert.Single(ModelLibraryLoader.Load(path).Errors);

        Assert.Equal("$.models[0].endpoint", error.Location);
        Assert.Contains("https://", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_with_invalid_characters_and_duplicate_keys_are_errors()
    {
        var path = folder.Write("models.json", Library(
            """{"key": "GPT 4o", "provider": "rules-baseline", "default": true}""",
            """{"key": "b", "provider": "rules-baseline"}""",
            """{"key": "b", "provider": "rules-baseline"}"""));

        var errors = ModelLibraryLoader.Load(path).Errors;

        Assert.Equal(["$.models[0].key", "$.models[2].key"], errors.Select(e => e.Location));
        Assert.Contains("'gpt-4o'", errors[0].Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PastedKey)]
    [InlineData("AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv")]
    [InlineData("3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e")]
    public void A_key_looking_api_key_env_is_rejected_without_echoing_it(string pasted)
    {
        var path = folder.Write("models.json", Library($$"""{"key": "m", "provider": "openai-compatible", "endpoint": "https://api.openai.com/v1", "model_id": "x", "api_key_env": "{{pasted}}", "pricing": {"input_per_million": 1, "output_per_million": 1}, "default": true}"""));

        var result = ModelLibraryLoader.Load(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.models[0].api_key_env", error.Location);
        Assert.Contains("environment variable", error.Fix, StringComparison.Ordinal);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain(pasted[..8], d.ToString(), StringComparison.Ordinal));
        Assert.Null(result.Library);
    }

    [Fact]
    public void No_default_model_is_a_warning()
    {
        var path = folder.Write("models.json", Library("""{"key": "b", "provider": "rules-baseline"}"""));

        var result = ModelLibraryLoader.Load(path);

        Assert.Contains(result.Warnings, w => w.Message.Contains("No model is marked default", StringComparison.Ordinal));
        Assert.Null(result.Library!.Default);
    }

    [Fact]
    public void A_networked_model_without_pricing_warns_that_costs_show_as_zero()
    {
        var path = folder.Write("models.json", Library("""{"key": "m", "provider": "openai-compatible", "endpoint": "https://api.openai.com/v1", "model_id": "x", "api_key_env": "OPENAI_API_KEY", "default": true}"""));

        var warning = Assert.Single(ModelLibraryLoader.Load(path).Warnings);

        Assert.Equal("$.models[0].pricing", warning.Location);
        Assert.Contains("$0", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prompt_library_passed_as_a_model_library_is_named_as_such()
    {
        var path = folder.Write("models.json", """{"format": "mcodebench-prompts", "version": "1", "models": []}""");

        var error = Assert.Single(ModelLibraryLoader.Load(path).Errors);

        Assert.Equal("$.format", error.Location);
        Assert.Contains("prompt library", error.Fix, StringComparison.Ordinal);
    }

    private static string Library(params string[] entries) =>
        $$"""{"format": "mcodebench-models", "version": "1", "models": [{{string.Join(",\n", entries)}}]}""";
}
