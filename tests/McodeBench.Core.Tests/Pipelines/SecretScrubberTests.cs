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
}
