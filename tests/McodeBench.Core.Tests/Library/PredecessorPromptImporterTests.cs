using System.Text.Json.Nodes;
using McodeBench.Core.Library;
using McodeBench.Core.Library.Predecessor;
using McodeBench.Core.Library.Storage;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Library;

public sealed class PredecessorPromptImporterTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public void Every_predecessor_prompt_imports_and_its_template_validates(string generation)
    {
        var config = RepositoryPaths.RequireReference("predecessor", generation, "prompts", "prompts_config.json");

        var result = PredecessorPromptImporter.Import(config);

        Assert.Empty(result.Errors);
        var library = result.Library!;
        Assert.Equal(SourceEntries(config).Count, library.Count);
        Assert.Equal(SourceEntries(config).Select(e => (string)e["name"]!), library.Keys);
        foreach (var prompt in library.Prompts)
        {
            Assert.DoesNotContain(PromptLibraryValidator.ValidateTemplate(prompt.Template, prompt.Type, prompt.TemplateFile, prompt.Key), d => d.IsError);
            Assert.DoesNotContain("{{", prompt.Template, StringComparison.Ordinal);
            Assert.DoesNotContain("}}", prompt.Template, StringComparison.Ordinal);
            Assert.Contains("predecessor-" + generation, prompt.Tags);
        }
    }

    [Fact]
    public void V1_types_defaults_statuses_and_versions_are_mapped()
    {
        var config = RepositoryPaths.RequireReference("predecessor", "v1", "prompts", "prompts_config.json");

        var library = PredecessorPromptImporter.Import(config).RequireLibrary();

        Assert.Equal("generic_extraction", library.DefaultFor(PromptType.Extraction)!.Key);
        Assert.Equal("generic_mapping", library.DefaultFor(PromptType.Mapping)!.Key);
        Assert.Equal(PromptType.Mapping, library.Get("minimal_mapping").Type);
        Assert.Equal(PromptStatus.Production, library.Get("minimal_extraction").Status);
        Assert.Equal("1.0.0", library.Get("minimal_extraction").Version);
        Assert.Contains("simplified", library.Get("minimal_extraction").Tags);
        Assert.Equal("extraction/generic_extraction.txt", library.Get("generic_extraction").TemplateFile);
    }

    [Fact]
    public void V2_direct_prompts_keep_their_default_and_pipelines()
    {
        var config = RepositoryPaths.RequireReference("predecessor", "v2", "prompts", "prompts_config.json");

        var library = PredecessorPromptImporter.Import(config).RequireLibrary();

        Assert.All(library.Prompts, p => Assert.Equal(PromptType.Direct, p.Type));
        Assert.Equal("direct_mcode_evidence_based_concise", library.DefaultFor(PromptType.Direct)!.Key);
        Assert.Equal(PromptStatus.Production, library.DefaultFor(PromptType.Direct)!.Status);
        Assert.Contains("McodePipeline", library.Get("direct_mcode").Tags);
    }

    [Fact]
    public void Doubled_braces_become_single_and_the_json_example_survives()
    {
        var config = RepositoryPaths.RequireReference("predecessor", "v2", "prompts", "prompts_config.json");
        var source = File.ReadAllText(Path.Combine(Path.GetDirectoryName(config)!, "direct_mcode", "direct_mcode_evidence_based.txt"));

        var imported = PredecessorPromptImporter.Import(config).RequireLibrary().Get("direct_mcode_evidence_based").Template;

        Assert.Equal(source.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal), imported);
        Assert.Equal(["clinical_text"], new PromptTemplate(imported).Placeholders);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public void An_imported_library_saves_and_loads_without_errors(string generation)
    {
        var config = RepositoryPaths.RequireReference("predecessor", generation, "prompts", "prompts_config.json");
        var imported = PredecessorPromptImporter.Import(config).RequireLibrary();
        var path = folder.Combine("prompts.json");

        PromptLibraryWriter.Save(imported, path);
        var loaded = PromptLibraryLoader.Load(path);

        Assert.Empty(loaded.Errors);
        Assert.Equal(imported.Keys, loaded.Library!.Keys);
    }

    [Fact]
    public void Synthetic_v2_templates_are_translated_and_other_placeholders_reported()
    {
        folder.Write("cfg/direct_mcode/a.txt", "Return {{\"mcode_mappings\": []}} for {text}.");
        folder.Write("cfg/direct_mcode/b.txt", "Return JSON for {clinical_text} given {patient_age}.");
        folder.Write("cfg/direct_mcode/c.txt", "Write the literal {{clinical_text}} and then {{\"x\": 1}} for:\n{clinical_text}");
        var config = folder.Write("cfg/prompts_config.json", """
            {"prompts": {"direct_mcode": [
              {"name": "a", "prompt_type": "DIRECT_MCODE", "prompt_file": "direct_mcode/a.txt", "default": true},
              {"name": "b", "prompt_type": "DIRECT_MCODE", "prompt_file": "direct_mcode/b.txt"},
              {"name": "c", "prompt_type": "DIRECT_MCODE", "prompt_file": "direct_mcode/c.txt"}
            ]}}
            """);

        var result = PredecessorPromptImporter.Import(config);

        Assert.Equal("Return {\"mcode_mappings\": []} for {clinical_text}.", result.Library!.Get("a").Template);
        Assert.Equal("Write the literal { clinical_text } and then {\"x\": 1} for:\n{clinical_text}", result.Library.Get("c").Template);
        Assert.False(result.Library.Contains("b"));
        Assert.Contains(result.Errors, e => e.Message.Contains("{patient_age}", StringComparison.Ordinal) && e.Location == "line 1, column 39");
        Assert.Contains(result.Errors, e => e.Location == "$.prompts.direct_mcode[1].prompt_file");
        Assert.Contains(result.Warnings, w => w.Message.Contains("{{clinical_text}}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_template_file_skips_that_prompt_with_an_error()
    {
        var config = folder.Write("cfg/prompts_config.json", """
            {"prompts": {"direct_mcode": [{"name": "a", "prompt_type": "DIRECT_MCODE", "prompt_file": "direct_mcode/missing.txt"}]}}
            """);

        var result = PredecessorPromptImporter.Import(config);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.prompts.direct_mcode[0].prompt_file", error.Location);
        Assert.Equal(0, result.Library!.Count);
    }

    private static List<JsonObject> SourceEntries(string config)
    {
        var root = JsonNode.Parse(File.ReadAllText(config))!.AsObject();
        IEnumerable<JsonNode?> categories = root["prompt_library"] is { } v1
            ? v1["prompts"]!.AsObject().SelectMany(group => group.Value!.AsObject().Select(category => category.Value))
            : root["prompts"]!.AsObject().Select(category => category.Value);
        return categories.SelectMany(category => category!.AsArray()).Select(entry => entry!.AsObject()).ToList();
    }
}
