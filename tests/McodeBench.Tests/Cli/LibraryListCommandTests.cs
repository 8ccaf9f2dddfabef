using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary><c>mcodebench library list</c>: the prompt and model tables, and the API-key column that never shows a key.</summary>
public sealed class LibraryListCommandTests : IDisposable
{
    private const string KeyValue = "unit-test-key-not-real-123456";

    private readonly CliHarness harness = new();

    [Fact]
    public async Task Lists_prompts_and_models_of_the_configured_libraries()
    {
        var result = await harness.RunAsync("library", "list");

        Assert.Equal(0, result.Exit);
        Assert.Matches(@"extract-structured\s*│\s*extraction\s*│\s*production\s*│\s*yes\s*│\s*structured, few-shot\s*│\s*1\.0\.0", result.Out);
        Assert.Matches(@"simulated-gpt\s*│\s*simulator\s*│\s*http://127\.0\.0\.1:5199/v1\s*│\s*simulated-gpt\s*│\s*none needed\s*│\s*0\.15\s*│\s*0\.60\s*│\s*none\s*│\s*4\s*│\s*simulated", result.Out);
        Assert.Matches(@"rules-baseline \(default\)", result.Out);
        Assert.Matches(@"gpt-4o-mini\s*│.*│\s*OPENAI_API_KEY not set\s*│.*500/min", result.Out);
    }

    [Fact]
    public async Task Says_a_key_variable_is_set_without_ever_showing_its_value()
    {
        harness.Variables["OPENAI_API_KEY"] = KeyValue;

        var result = await harness.RunAsync("library", "list", "--models");

        Assert.Equal(0, result.Exit);
        Assert.Contains("OPENAI_API_KEY set", result.Out, StringComparison.Ordinal);
        Assert.Contains("DEEPSEEK_API_KEY not set", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyValue, result.All, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyValue, harness.LogText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prompts_alone_and_models_alone()
    {
        var prompts = await harness.RunAsync("library", "list", "--prompts");
        var models = await harness.RunAsync("library", "list", "--models");

        Assert.Contains("extract-structured", prompts.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("gpt-4o-mini", prompts.Out, StringComparison.Ordinal);
        Assert.Contains("gpt-4o-mini", models.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("extract-structured", models.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_library_given_on_the_command_line_replaces_the_configured_one()
    {
        var library = harness.Write("models.json", """
            { "format": "mcodebench-models", "version": "7", "models": [ { "key": "only-one", "provider": "rules-baseline", "default": true } ] }
            """);

        var result = await harness.RunAsync("library", "list", "--models", "--model-library", library);

        Assert.Equal(0, result.Exit);
        Assert.Contains("only-one (default)", result.Out, StringComparison.Ordinal);
        Assert.Contains("(version 7)", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("gpt-4o-mini", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_library_is_bad_input_naming_the_file()
    {
        var result = await harness.RunAsync("library", "list", "--prompt-library", "no-such-prompts.json");

        Assert.Equal(2, result.Exit);
        Assert.Contains(Path.Combine(harness.WorkDirectory, "no-such-prompts.json") + ": error: The prompt library file does not exist.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_library_JSON_is_bad_input_with_line_and_column()
    {
        var library = harness.Write("prompts.json", "{\n  \"format\": \"mcodebench-prompts\"\n  \"prompts\": []\n}\n");

        var result = await harness.RunAsync("library", "list", "--prompts", "--prompt-library", library);

        Assert.Equal(2, result.Exit);
        Assert.Contains($"{library}(line 3, column 3): error: Invalid JSON", result.Out, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();
}
