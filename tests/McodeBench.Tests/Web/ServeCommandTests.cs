using McodeBench.Tests.Support;

namespace McodeBench.Tests.Web;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_on_a_non_loopback_address_without_a_token_is_refused_before_anything_is_opened()
    {
        using var cli = new CliHarness();

        var result = await cli.RunAsync("serve", "--urls", "http://0.0.0.0:5999");

        Assert.Equal(2, result.Exit);
        var error = OneLine(result.Error);
        Assert.Contains("no access token is set", error, StringComparison.Ordinal);
        Assert.Contains("MCODEBENCH_ACCESS_TOKEN", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(cli.DataDir, "mcodebench.db")), "the database must not be created when the tracker refuses to start");
    }

    [Fact]
    public async Task Serve_with_an_address_that_is_not_a_url_is_refused_with_an_example()
    {
        using var cli = new CliHarness();

        var result = await cli.RunAsync("serve", "--urls", "0.0.0.0:5999");

        Assert.Equal(2, result.Exit);
        Assert.Contains("http://127.0.0.1:5080", OneLine(result.Error), StringComparison.Ordinal);
    }

    // The console wraps long messages; the words matter, not where the lines break.
    private static string OneLine(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
