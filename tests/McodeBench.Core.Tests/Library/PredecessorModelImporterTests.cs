using System.Text.Json.Nodes;
using McodeBench.Core.Library;
using McodeBench.Core.Library.Predecessor;
using McodeBench.Core.Library.Storage;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Library;

public sealed class PredecessorModelImporterTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public void Every_predecessor_model_imports_at_price_zero_with_a_warning(string generation)
    {
        var config = RepositoryPaths.RequireReference("predecessor", generation, "models", "models_config.json");

        var result = PredecessorModelImporter.Import(config);

        Assert.Empty(result.Errors);
        var library = result.Library!;
        Assert.Equal(SourceModelCount(config), library.Count);
        Assert.All(library.Models, m => Assert.Equal(ModelPricing.Free, m.Pricing));
        Assert.All(library.Models, m => Assert.Contains(result.Warnings, w => w.Message.Contains($"'{m.Key}'", StringComparison.Ordinal) && w.Message.Contains("price 0", StringComparison.Ordinal)));
        Assert.All(library.Models, m => Assert.Equal(ProviderKind.OpenAICompatible, m.Provider));
    }

    [Fact]
    public void V1_fields_are_mapped_and_key_variables_inferred_from_the_endpoint()
    {
        var config = RepositoryPaths.RequireReference("predecessor", "v1", "models", "models_config.json");

        var library = PredecessorModelImporter.Import(config).RequireLibrary();

        var chat = library.Get("deepseek-chat");
        Assert.Equal(("https://api.deepseek.com/v1", "deepseek-chat", "DEEPSEEK_API_KEY"), (chat.Endpoint, chat.ModelId, chat.ApiKeyVariable));
        Assert.Equal(0.1f, chat.Parameters.Temperature);
        Assert.Equal(4000, chat.Parameters.MaxOutputTokens);
        Assert.Equal("OPENAI_API_KEY", library.Get("gpt-4").ApiKeyVariable);
        Assert.Equal("cl100k_base", library.Get("gpt-4").Tokenizer);
        Assert.Null(chat.Tokenizer);
    }

    [Fact]
    public void V2_keeps_the_key_variable_and_the_default()
    {
        var config = RepositoryPaths.RequireReference("predecessor", "v2", "models", "models_config.json");

        var library = PredecessorModelImporter.Import(config).RequireLibrary();

        Assert.Equal("deepseek-coder", library.DefaultKey);
        Assert.Equal(8000, library.Get("deepseek-chat").Parameters.MaxOutputTokens);
        Assert.Equal("OPENAI_API_KEY", library.Get("gpt-4o").ApiKeyVariable);
        Assert.Equal("o200k_base", library.Get("gpt-4o-mini").Tokenizer);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public void An_imported_library_saves_and_loads_without_errors(string generation)
    {
        var config = RepositoryPaths.RequireReference("predecessor", generation, "models", "models_config.json");
        var imported = PredecessorModelImporter.Import(config).RequireLibrary();
        var path = folder.Combine("models.json");

        ModelLibraryWriter.Save(imported, path);
        var loaded = ModelLibraryLoader.Load(path);

        Assert.Empty(loaded.Errors);
        Assert.Equal(imported.Keys, loaded.Library!.Keys);
    }

    [Fact]
    public void A_key_pasted_into_api_key_env_var_skips_the_model_without_echo()
    {
        const string pasted = "sk-Qq1Ww2Ee3Rr4Tt5Yy6Uu7Ii8";
        var config = folder.Write("models_config.json", $$$"""
            {"leaky": {"model_identifier": "gpt-4o", "base_url": "https://api.openai.com/v1", "api_key_env_var": "{{{pasted}}}"},
             "fine": {"model_identifier": "gpt-4o", "base_url": "http://127.0.0.1:11434"}}
            """);

        var result = PredecessorModelImporter.Import(config);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.leaky.api_key_env_var", error.Location);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("Qq1Ww2", d.ToString(), StringComparison.Ordinal));
        Assert.Equal(["fine"], result.Library!.Keys);
        Assert.Equal(ProviderKind.Ollama, result.Library.Get("fine").Provider);
        Assert.Null(result.Library.Get("fine").ApiKeyVariable);
    }

    private static int SourceModelCount(string config)
    {
        var root = JsonNode.Parse(File.ReadAllText(config))!.AsObject();
        return root["model_library"] is { } v1
            ? v1["models"]!.AsObject().SelectMany(group => group.Value!.AsObject()).Sum(provider => provider.Value!.AsArray().Count)
            : root.Count;
    }
}
