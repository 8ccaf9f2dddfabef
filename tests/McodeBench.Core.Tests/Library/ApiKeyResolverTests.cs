using McodeBench.Core.Library;

namespace McodeBench.Core.Tests.Library;

public sealed class ApiKeyResolverTests
{
    [Fact]
    public void A_missing_variable_names_the_variable_and_how_to_set_it()
    {
        var resolver = new ApiKeyResolver(_ => null);

        var error = Assert.Throws<ApiKeyMissingException>(() => resolver.Resolve(Model("OPENAI_API_KEY")));

        Assert.Equal("OPENAI_API_KEY", error.VariableName);
        Assert.Contains("OPENAI_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.Contains("export OPENAI_API_KEY=", error.Message, StringComparison.Ordinal);
        Assert.Contains("'gpt'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_variable_counts_as_missing()
    {
        var resolver = new ApiKeyResolver(_ => "   ");

        Assert.Throws<ApiKeyMissingException>(() => resolver.Resolve(Model("OPENAI_API_KEY")));
        Assert.False(resolver.IsAvailable(Model("OPENAI_API_KEY")));
    }

    [Fact]
    public void Reads_the_named_variable_at_call_time()
    {
        var environment = new Dictionary<string, string>();
        var resolver = new ApiKeyResolver(name => environment.GetValueOrDefault(name));
        var model = Model("DEEPSEEK_API_KEY");
        Assert.False(resolver.IsAvailable(model));

        environment["DEEPSEEK_API_KEY"] = "secret-value";

        Assert.Equal("secret-value", resolver.Resolve(model));
        Assert.True(resolver.IsAvailable(model));
    }

    [Fact]
    public void A_model_without_a_variable_needs_no_key()
    {
        var resolver = new ApiKeyResolver(_ => throw new InvalidOperationException("must not be read"));

        Assert.Null(resolver.Resolve(Model(null)));
        Assert.True(resolver.IsAvailable(Model(null)));
    }

    [Fact]
    public void A_key_pasted_as_the_variable_name_is_refused_without_echo_and_without_reading_the_environment()
    {
        const string pasted = "sk-Abc123Def456Ghi789Jkl012";
        var resolver = new ApiKeyResolver(_ => throw new InvalidOperationException("must not be read"));

        var error = Assert.Throws<InvalidOperationException>(() => resolver.Resolve(Model(pasted)));

        Assert.DoesNotContain("Abc123", error.Message, StringComparison.Ordinal);
        Assert.Contains("environment variable", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OPENAI_API_KEY", false)]
    [InlineData("DEEPSEEK_API_KEY", false)]
    [InlineData("my_service_api_key_2024_v123", false)]
    [InlineData("MyCompanyKey", false)]
    [InlineData("sk-abc", true)]
    [InlineData("sk_live_51Habc", true)]
    [InlineData("hf_AbCdEfGhIjKlMnOp", true)]
    [InlineData("xK92mPq7Lw3nZr8TsVb4", true)]
    [InlineData("0123456789abcdef0123456789abcdef", true)]
    public void Tells_keys_from_variable_names(string value, bool looksLikeSecret)
    {
        Assert.Equal(looksLikeSecret, ApiKeyVariableName.LooksLikeSecret(value));
    }

    private static ModelDefinition Model(string? variable) => new(
        "gpt", ProviderKind.OpenAICompatible, "https://api.openai.com/v1", "gpt-4o-mini", variable, new GenerationParameters(), ModelPricing.Free, null, 1, TimeSpan.FromMinutes(1), []);
}
