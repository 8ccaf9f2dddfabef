using McodeBench.Core.Library;
using McodeBench.Core.Pipelines;

namespace McodeBench.Core.Tests.Pipelines;

public sealed class SecretScrubberTests
{
    [Theory]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig", "eyJhbGciOiJIUzI1NiJ9")]
    [InlineData("Incorrect API key provided: sk-proj-abcdEFGH1234ijkl", "abcdEFGH1234ijkl")]
    [InlineData("invalid x-api-key: sk-ant-api03-XYZxyz987654", "XYZxyz987654")]
    [InlineData("GET https://example.invalid/v1/models?key=AIzaSecret123&alt=json failed", "AIzaSecret123")]
    [InlineData("{\"api_key\": \"plain-secret-value\"}", "plain-secret-value")]
    [InlineData("access_token=tok_9876543210", "tok_9876543210")]
    public void Masks_credentials(string message, string secret)
    {
        var scrubbed = SecretScrubber.Scrub(message);

        Assert.DoesNotContain(secret, scrubbed, StringComparison.Ordinal);
        Assert.Contains(SecretScrubber.Mask, scrubbed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Connection refused (localhost:11434)")]
    [InlineData("The given key 'trial' was not present in the dictionary.")]
    [InlineData("Task-level error: skipped 3 items")]
    public void Leaves_ordinary_messages_alone(string message)
    {
        Assert.Equal(message, SecretScrubber.Scrub(message));
    }

    [Fact]
    public void Masks_a_remembered_value_whatever_it_looks_like()
    {
        var secret = "QmFzZTY0" + Guid.NewGuid().ToString("N");
        var message = $"401 Unauthorized: the key '{secret}' is not valid for this project";
        Assert.Contains(secret, SecretScrubber.Scrub(message), StringComparison.Ordinal);

        SecretScrubber.Remember(secret);

        Assert.Equal("401 Unauthorized: the key '***' is not valid for this project", SecretScrubber.Scrub(message));
    }

    [Fact]
    public void A_key_read_for_a_model_is_remembered_so_a_provider_echoing_it_is_masked()
    {
        var key = "prov" + Guid.NewGuid().ToString("N");
        var model = new ModelDefinition(
            "echoing", ProviderKind.OpenAICompatible, "http://127.0.0.1:9/v1", "echo-1", "ECHO_PROVIDER_CRED",
            new GenerationParameters(), ModelPricing.Free, null, 1, TimeSpan.FromSeconds(30), []);

        new ApiKeyResolver(name => name == "ECHO_PROVIDER_CRED" ? key : null).Resolve(model);

        Assert.DoesNotContain(key, FailureClassifier.Describe(new HttpRequestException($"invalid credential {key} for echo-1")), StringComparison.Ordinal);
    }

    [Fact]
    public void Short_values_are_not_remembered()
    {
        SecretScrubber.Remember("1234");

        Assert.Equal("retry 1234 times", SecretScrubber.Scrub("retry 1234 times"));
    }
}
