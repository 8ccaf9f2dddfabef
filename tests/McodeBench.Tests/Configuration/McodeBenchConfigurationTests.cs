using McodeBench.Configuration;
using McodeBench.Tests.Support;
using Microsoft.Extensions.Logging;

namespace McodeBench.Tests.Configuration;

/// <summary>
/// Binding of the host's settings: defaults, the precedence appsettings.json &lt; MCODEBENCH_ environment variables &lt;
/// command-line options, lists taken whole from one source, and unusable values reported with their source.
/// </summary>
public sealed class McodeBenchConfigurationTests : IDisposable
{
    private readonly CliHarness harness = new();

    public McodeBenchConfigurationTests()
    {
        // A base folder of its own: no bundled appsettings.json, so only what a test writes is read.
        harness.BaseDirectory = Path.Combine(harness.Root, "bin");
        Directory.CreateDirectory(harness.BaseDirectory);
    }

    [Fact]
    public void With_nothing_configured_every_setting_has_its_documented_default()
    {
        var loaded = Load();

        var options = Assert.IsType<McodeBenchOptions>(loaded.Options);
        Assert.Equal(Path.Combine(harness.WorkDirectory, ".mcodebench"), options.DataDir);
        Assert.Equal(string.Empty, options.Database);
        Assert.True(options.UsesSqliteFile);
        Assert.Equal(Path.Combine(options.DataDir, "mcodebench.db"), options.DatabaseFile);
        Assert.Equal(Path.Combine(harness.BaseDirectory, "samples", "prompts", "prompts.json"), options.PromptLibrary);
        Assert.Equal(Path.Combine(harness.BaseDirectory, "samples", "models.json"), options.ModelLibrary);
        Assert.Equal([Path.Combine(harness.BaseDirectory, "samples", "trials")], options.Trials);
        Assert.Equal([Path.Combine(harness.BaseDirectory, "samples", "gold")], options.Gold);
        Assert.Equal(LogLevel.Information, options.LogLevel);
        Assert.Equal(Path.Combine(options.DataDir, "logs", "mcodebench-.log"), options.LogFile);
        Assert.False(options.LogToConsole);
        Assert.Equal(5080, options.WebPort);
        Assert.Equal(64, options.CacheMemoryMb);
        Assert.Equal(string.Empty, options.AccessToken);
        Assert.All(loaded.Values, value => Assert.Equal(ConfiguredValue.DefaultSource, value.Source));
        Assert.Empty(loaded.Diagnostics);
    }

    [Fact]
    public void Command_line_beats_environment_which_beats_appsettings()
    {
        var file = harness.Write("appsettings.json", """
            { "DataDir": "from-file", "WebPort": 6001, "LogLevel": "Warning", "ModelLibrary": "file-models.json" }
            """);
        harness.Variables["MCODEBENCH_DATADIR"] = "from-env";
        harness.Variables["MCODEBENCH_WEBPORT"] = "6002";

        var loaded = Load(new SettingAssignment("DataDir", "from-cli", "command line --data-dir"));

        var options = loaded.Options!;
        Assert.Equal(Path.Combine(harness.WorkDirectory, "from-cli"), options.DataDir);
        Assert.Equal(6002, options.WebPort);
        Assert.Equal(LogLevel.Warning, options.LogLevel);
        Assert.Equal(Path.Combine(harness.WorkDirectory, "file-models.json"), options.ModelLibrary);
        Assert.Equal("command line --data-dir", Source(loaded, "DataDir"));
        Assert.Equal("environment variable MCODEBENCH_WEBPORT", Source(loaded, "WebPort"));
        Assert.Equal(file, Source(loaded, "LogLevel"));
        Assert.Equal(ConfiguredValue.DefaultSource, Source(loaded, "PromptLibrary"));
    }

    [Fact]
    public void The_current_folders_appsettings_beats_the_bundled_one()
    {
        File.WriteAllText(Path.Combine(harness.BaseDirectory, "appsettings.json"), """{ "WebPort": 6001, "LogLevel": "Debug" }""");
        var local = harness.Write("appsettings.json", """{ "WebPort": 6003 }""");

        var loaded = Load();

        Assert.Equal(6003, loaded.Options!.WebPort);
        Assert.Equal(LogLevel.Debug, loaded.Options.LogLevel);
        Assert.Equal(local, Source(loaded, "WebPort"));
        Assert.Equal(Path.Combine(harness.BaseDirectory, "appsettings.json"), Source(loaded, "LogLevel"));
    }

    [Fact]
    public void Environment_variable_names_are_case_insensitive_after_the_prefix_and_MCODEBENCH_DB_sets_the_database()
    {
        harness.Variables["MCODEBENCH_DB"] = "Host=db;Username=app;Password=pw123456";
        harness.Variables["mcodebench_loglevel"] = "error";

        var options = Load().Options!;

        Assert.Equal("Host=db;Username=app;Password=pw123456", options.Database);
        Assert.False(options.UsesSqliteFile);
        Assert.Equal(LogLevel.Error, options.LogLevel);
    }

    [Fact]
    public void Words_of_a_setting_may_be_separated_by_underscores_as_the_docs_write_MCODEBENCH_ACCESS_TOKEN()
    {
        harness.Variables["MCODEBENCH_ACCESS_TOKEN"] = "documented-token-0123456789";
        harness.Variables["MCODEBENCH_DATA_DIR"] = "from-env";

        var loaded = Load();

        Assert.Equal("documented-token-0123456789", loaded.Options!.AccessToken);
        Assert.Equal("environment variable MCODEBENCH_ACCESS_TOKEN", Source(loaded, "AccessToken"));
        Assert.Equal(Resolved("from-env"), loaded.Options.DataDir);
        Assert.Empty(loaded.Diagnostics);
    }

    [Fact]
    public void MCODEBENCH_DATABASE_wins_over_MCODEBENCH_DB()
    {
        harness.Variables["MCODEBENCH_DB"] = "Host=short";
        harness.Variables["MCODEBENCH_DATABASE"] = "Host=long";

        var loaded = Load();

        Assert.Equal("Host=long", loaded.Options!.Database);
        Assert.Equal("environment variable MCODEBENCH_DATABASE", Source(loaded, "Database"));
    }

    [Fact]
    public void A_list_comes_whole_from_the_highest_source_never_merged_item_by_item()
    {
        harness.Write("appsettings.json", """{ "Trials": ["a", "b", "c"], "Gold": ["g1", "g2"] }""");
        harness.Variables["MCODEBENCH_TRIALS"] = "x; y";
        harness.Variables["MCODEBENCH_GOLD__0"] = "env-gold";

        var options = Load().Options!;

        Assert.Equal([Resolved("x"), Resolved("y")], options.Trials);
        Assert.Equal([Resolved("env-gold")], options.Gold);
    }

    [Fact]
    public void Command_line_lists_replace_configured_lists()
    {
        harness.Write("appsettings.json", """{ "Trials": ["a", "b"] }""");

        var loaded = Load(new SettingAssignment("Trials:0", "cli-1", "command line --trials-path"), new SettingAssignment("Trials:1", "cli-2", "command line --trials-path"));

        Assert.Equal([Resolved("cli-1"), Resolved("cli-2")], loaded.Options!.Trials);
        Assert.Equal("command line --trials-path", Source(loaded, "Trials"));
    }

    [Fact]
    public void An_empty_value_counts_as_not_set_so_the_source_below_applies()
    {
        harness.Write("appsettings.json", """{ "LogLevel": "Debug", "DataDir": "" }""");
        harness.Variables["MCODEBENCH_LOGLEVEL"] = "";

        var options = Load().Options!;

        Assert.Equal(LogLevel.Debug, options.LogLevel);
        Assert.Equal(Path.Combine(harness.WorkDirectory, ".mcodebench"), options.DataDir);
    }

    [Fact]
    public void An_unusable_value_is_an_error_naming_its_source_and_no_options_are_bound()
    {
        harness.Variables["MCODEBENCH_WEBPORT"] = "eighty";
        harness.Variables["MCODEBENCH_LOGLEVEL"] = "Informaton";
        harness.Variables["MCODEBENCH_LOGTOCONSOLE"] = "maybe";

        var loaded = Load();

        Assert.Null(loaded.Options);
        var errors = loaded.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, d => d.File == "environment variable MCODEBENCH_WEBPORT" && d.Message.Contains("eighty", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.File == "environment variable MCODEBENCH_LOGLEVEL" && d.Fix.Contains("Did you mean 'Information'", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.File == "environment variable MCODEBENCH_LOGTOCONSOLE");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("-1")]
    public void A_web_port_outside_1_to_65535_is_refused(string port)
    {
        harness.Variables["MCODEBENCH_WEBPORT"] = port;

        Assert.Null(Load().Options);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("lots")]
    [InlineData("65537")]
    public void A_cache_memory_size_that_is_not_0_to_65536_megabytes_is_refused_naming_it(string size)
    {
        harness.Variables["MCODEBENCH_CACHEMEMORYMB"] = size;

        var loaded = Load();

        Assert.Null(loaded.Options);
        var error = Assert.Single(loaded.Diagnostics, d => d.IsError);
        Assert.Equal("environment variable MCODEBENCH_CACHEMEMORYMB", error.File);
        Assert.Contains($"'{size}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("0 turns", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void The_task_limit_defaults_to_a_million_and_is_set_from_the_environment_with_its_source()
    {
        Assert.Equal(1_000_000L, Load().Options!.MaxTasksPerRun);

        harness.Variables["MCODEBENCH_MAXTASKSPERRUN"] = "5000";
        var loaded = Load();

        Assert.Equal(5_000L, loaded.Options!.MaxTasksPerRun);
        Assert.Equal("environment variable MCODEBENCH_MAXTASKSPERRUN", Source(loaded, "MaxTasksPerRun"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("many")]
    [InlineData("1000000001")]
    public void A_task_limit_that_is_not_1_to_a_billion_is_refused_naming_it(string limit)
    {
        harness.Write("appsettings.json", $$"""{ "MaxTasksPerRun": "{{limit}}" }""");

        var loaded = Load();

        Assert.Null(loaded.Options);
        var error = Assert.Single(loaded.Diagnostics, d => d.IsError);
        Assert.Contains($"MaxTasksPerRun is '{limit}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("16", 16L * 1024 * 1024)]
    public void The_cache_memory_size_reaches_the_database_options_in_bytes(string size, long bytes)
    {
        harness.Write("appsettings.json", $$"""{ "CacheMemoryMb": {{size}} }""");

        var options = Load().Options!;

        Assert.Equal(bytes, McodeBench.Cli.Engine.DatabaseAccess.OptionsFor(options).ResponseCacheMemoryBytes);
    }

    [Fact]
    public void Malformed_appsettings_is_an_error_with_line_and_column_and_leaves_the_options_unbound()
    {
        var file = harness.Write("appsettings.json", "{\n  \"DataDir\": \"x\"\n  \"WebPort\": 1\n}\n");

        var loaded = Load();

        var error = Assert.Single(loaded.Diagnostics, d => d.IsError);
        Assert.Equal(file, error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Contains("line 3, column 3", error.ToString(), StringComparison.Ordinal);
        Assert.Null(loaded.Options);
    }

    [Fact]
    public void An_unknown_setting_is_a_warning_with_the_close_name_and_is_listed_as_unused()
    {
        harness.Write("appsettings.json", """{ "DataDri": "x", "OpenAI": { "ApiKey": "sk-proj-abcdefgh12345678" } }""");

        var loaded = Load();

        Assert.NotNull(loaded.Options);
        Assert.Contains(loaded.Diagnostics, d => d.Severity == Core.Diagnostics.DiagnosticSeverity.Warning && d.Fix.Contains("Did you mean 'DataDir'", StringComparison.Ordinal));
        var unused = loaded.Values.Where(v => !v.Known).ToList();
        Assert.Contains(unused, v => v.Key == "DataDri" && v.Value == "x");
        Assert.Contains(unused, v => v.Key == "OpenAI:ApiKey" && v.Value == SecretMasker.Mask);
    }

    [Fact]
    public void The_options_text_never_contains_the_access_token_or_the_database_password()
    {
        harness.Variables["MCODEBENCH_ACCESSTOKEN"] = "tok-1234567890";
        harness.Variables["MCODEBENCH_DB"] = "Host=db;Password=pw-0987654321";

        var loaded = Load();
        var text = loaded.Options!.ToString() + string.Join("\n", loaded.Values.Select(v => v.Value));

        Assert.DoesNotContain("tok-1234567890", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-0987654321", text, StringComparison.Ordinal);
        Assert.Equal("tok-1234567890", loaded.Options.AccessToken);
    }

    public void Dispose() => harness.Dispose();

    private ConfigurationLoadResult Load(params SettingAssignment[] commandLine) => McodeBenchConfiguration.Load(harness.Environment, commandLine);

    private static string Source(ConfigurationLoadResult loaded, string key) => Assert.Single(loaded.Values, v => v.Key == key).Source;

    private string Resolved(string path) => Path.Combine(harness.WorkDirectory, path);
}
