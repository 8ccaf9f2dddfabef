using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary><c>mcodebench config show</c>: every setting, its effective value and source, with secrets masked.</summary>
public sealed class ConfigShowCommandTests : IDisposable
{
    private readonly CliHarness harness = new();

    [Fact]
    public async Task Shows_each_value_with_the_source_that_set_it()
    {
        var file = harness.Write("appsettings.json", """{ "LogLevel": "Debug", "WebPort": 6001 }""");
        harness.Variables["MCODEBENCH_WEBPORT"] = "6002";

        var result = await harness.RunAsync("config", "show", "--data-dir", "cli-data");

        Assert.Equal(0, result.Exit);
        Assert.Matches($@"DataDir\s*│\s*{Escape(Path.Combine(harness.WorkDirectory, "cli-data"))}\s*│\s*command line --data-dir", result.Out);
        Assert.Matches(@"WebPort\s*│\s*6002\s*│\s*environment variable MCODEBENCH_WEBPORT", result.Out);
        Assert.Matches($@"LogLevel\s*│\s*Debug\s*│\s*{Escape(file)}", result.Out);
        Assert.Matches(@"AccessToken\s*│\s*\(not set\)\s*│\s*default", result.Out);
    }

    [Fact]
    public async Task Masks_the_access_token_the_database_password_and_secret_looking_unknown_keys()
    {
        harness.Variables["MCODEBENCH_ACCESSTOKEN"] = "access-token-value-42";
        harness.Variables["MCODEBENCH_DB"] = "Host=db;Username=app;Password=db-password-42";
        harness.Variables["MCODEBENCH_SLACK__WEBHOOKSECRET"] = "hook-secret-42";

        var result = await harness.RunAsync("config", "show");

        Assert.Equal(0, result.Exit);
        Assert.DoesNotContain("access-token-value-42", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("db-password-42", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("hook-secret-42", result.All, StringComparison.Ordinal);
        Assert.Matches(@"AccessToken\s*│\s*\*\*\*\s*│\s*environment variable MCODEBENCH_ACCESSTOKEN", result.Out);
        Assert.Contains("Host=db;Username=app;Password=***", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"SLACK:WEBHOOKSECRET\s*│\s*\*\*\*", result.Out);
        Assert.Contains("McodeBench has no setting 'SLACK'", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unusable_setting_is_bad_input_for_every_command_naming_where_it_was_set()
    {
        harness.Variables["MCODEBENCH_WEBPORT"] = "http";

        var show = await harness.RunAsync("config", "show");
        var list = await harness.RunAsync("library", "list");

        Assert.Equal(2, show.Exit);
        Assert.Equal(2, list.Exit);
        Assert.Contains("environment variable MCODEBENCH_WEBPORT: error: WebPort is 'http'", show.Error, StringComparison.Ordinal);
        Assert.Contains("config show", list.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_appsettings_is_bad_input_showing_line_and_column()
    {
        var file = harness.Write("appsettings.json", "{\n  \"DataDir\": \"x\",\n  \"WebPort\": 50 80\n}\n");

        var result = await harness.RunAsync("config", "show");

        Assert.Equal(2, result.Exit);
        Assert.Contains($"{file}(line 3, column 17): error: invalid JSON in the settings file", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();

    private static string Escape(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
