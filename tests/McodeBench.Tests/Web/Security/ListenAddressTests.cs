using McodeBench.Web.Security;

namespace McodeBench.Tests.Web.Security;

public sealed class ListenAddressTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://127.0.0.7:80")]
    [InlineData("http://localhost:5080")]
    [InlineData("https://LOCALHOST:5443")]
    [InlineData("http://[::1]:5080")]
    public void Loopback_addresses_are_recognised(string url) => Assert.True(ListenAddress.Parse(url).IsLoopback);

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://bench.example.org:5080")]
    public void Addresses_other_machines_can_reach_are_not_loopback(string url) => Assert.False(ListenAddress.Parse(url).IsLoopback);

    [Fact]
    public void Several_urls_are_read_and_one_exposed_address_is_enough_to_make_them_not_loopback_only()
    {
        var addresses = ListenAddress.ParseAll("http://127.0.0.1:5080; http://0.0.0.0:5081");

        Assert.Equal(2, addresses.Count);
        Assert.True(addresses[0].IsLoopback);
        Assert.False(addresses[1].IsLoopback);
    }

    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("ftp://127.0.0.1:21")]
    public void Something_that_is_not_an_http_url_is_refused_with_an_example(string url)
    {
        var error = Assert.Throws<FormatException>(() => ListenAddress.Parse(url));

        Assert.Contains("http://127.0.0.1:5080", error.Message, StringComparison.Ordinal);
    }
}
