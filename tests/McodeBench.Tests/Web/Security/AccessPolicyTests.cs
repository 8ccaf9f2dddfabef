using McodeBench.Web.Security;

namespace McodeBench.Tests.Web.Security;

public sealed class AccessPolicyTests
{
    private const string Token = "a-long-enough-test-token-1234";

    [Fact]
    public void Loopback_without_a_token_is_open_to_this_machine()
    {
        var policy = AccessPolicy.For("http://127.0.0.1:5080", accessToken: null);

        Assert.False(policy.RequiresToken);
        Assert.True(policy.LoopbackOnly);
    }

    [Fact]
    public void A_non_loopback_address_without_a_token_is_refused_and_the_message_says_how_to_set_one()
    {
        var refused = Assert.Throws<TrackerStartRefusedException>(() => AccessPolicy.For("http://0.0.0.0:5080", accessToken: " "));

        Assert.Contains("http://0.0.0.0:5080", refused.Message, StringComparison.Ordinal);
        Assert.Contains("AccessToken", refused.Message, StringComparison.Ordinal);
        Assert.Contains("MCODEBENCH_ACCESS_TOKEN", refused.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_loopback_address_with_a_token_requires_it()
    {
        var policy = AccessPolicy.For("http://0.0.0.0:5080", Token);

        Assert.True(policy.RequiresToken);
        Assert.False(policy.LoopbackOnly);
        Assert.True(policy.Token!.Matches(Token));
        Assert.False(policy.Token.Matches(Token + "x"));
        Assert.False(policy.Token.Matches(null));
    }

    [Fact]
    public void A_token_too_short_to_resist_guessing_is_refused()
    {
        var refused = Assert.Throws<TrackerStartRefusedException>(() => AccessPolicy.For("http://0.0.0.0:5080", "short"));

        Assert.Contains(AccessToken.MinimumLength.ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_token_never_shows_in_its_text_form()
    {
        var token = new AccessToken(Token);

        Assert.DoesNotContain(Token, token.ToString(), StringComparison.Ordinal);
    }
}
