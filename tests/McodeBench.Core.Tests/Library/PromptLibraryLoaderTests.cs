using McodeBench.Core.Diagnostics;
using McodeBench.Core.Library;
using McodeBench.Core.Library.Storage;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Library;

public sealed class PromptLibraryLoaderTests : IDisposable
{
    private const string Extraction = "Find entities.\n<clinical_text>\n{clinical_text}\n</clinical_text>\n";
    private const string Mapping = "Map.\n<entities_json>\n{entities_json}\n</entities_json>\n<trial_context>\n{trial_context}\n</trial_context>\n";

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_default_library_loads_without_errors()
    {
        var result = PromptLibraryLoader.Load(Path.Combine(RepositoryPaths.Samples, "prompts", "prompts.json"));

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Library);
    }

    [Theory]
    [InlineData(PromptType.Extraction)]
    [InlineData(PromptType.Mapping)]
    [InlineData(PromptType.Direct)]
    public void The_default_library_has_two_prompts_and_exactly_one_default_per_type(PromptType type)
    {
        var library = PromptLibraryLoader.Load(Path.Combine(RepositoryPaths.Samples, "prompts", "prompts.json")).RequireLibrary();

        Assert.True(library.OfType(type).Count >= 2, $"Only {library.OfType(type).Count} {type} prompt(s).");
        Assert.Single(library.OfType(type), p => p.IsDefault);
        Assert.Equal(type, library.DefaultFor(type)!.Type);
    }

    [Fact]
    public void Default_templates_wrap_their_data_in_the_documented_tags()
    {
        var library = PromptLibraryLoader.Load(Path.Combine(RepositoryPaths.Samples, "prompts", "prompts.json")).RequireLibrary();

        foreach (var prompt in library.Prompts)
        {
            foreach (var placeholder in new PromptTemplate(prompt.Template).Placeholders)
            {
                Assert.Contains($"<{placeholder}>\n{{{placeholder}}}\n</{placeholder}>", prompt.Template, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_valid_library_loads_every_field()
    {
        folder.Write("extraction/a.txt", Extraction);
        var path = folder.Write("prompts.json", """
            {"format": "mcodebench-prompts", "version": "2.1.0", "prompts": [
              {"key": "extract-a", "type": "extraction", "template_file": "extraction/a.txt", "version": "3", "description": "d",
               "tags": ["x", "y"], "status": "production", "default": true}
            ]}
            """);

        var result = PromptLibraryLoader.Load(path);

        Assert.Empty(result.Errors);
        var prompt = result.Library!.Get("extract-a");
        Assert.Equal(new PromptDefinition("extract-a", PromptType.Extraction, Extraction, "extraction/a.txt", "3", "d", prompt.Tags, PromptStatus.Production, true), prompt);
        Assert.Equal(["x", "y"], prompt.Tags);
        Assert.Equal("2.1.0", result.Library.Version);
    }

    [Fact]
    public void A_json_syntax_error_gives_line_and_column()
    {
        var path = folder.Write("prompts.json", "{\n  \"format\": \"mcodebench-prompts\",\n  \"version\": \"1.0.0\"\n  \"prompts\": []\n}\n");

        var result = PromptLibraryLoader.Load(path);

        Assert.Null(result.Library);
        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.File);
        Assert.Equal("line 4, column 3", error.Location);
        Assert.StartsWith("Invalid JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 4, column 3", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void The_syntax_error_column_counts_characters_not_bytes()
    {
        var path = folder.Write("prompts.json", "{\"version\": \"é€\" \"prompts\": []}");

        var error = Assert.Single(PromptLibraryLoader.Load(path).Errors);

        Assert.Equal("line 1, column 18", error.Location);
    }

    [Fact]
    public void A_template_missing_a_required_placeholder_names_the_placeholder_and_the_type()
    {
        folder.Write("mapping/m.txt", "Map <entities_json>{entities_json}</entities_json> and nothing else.");
        var path = folder.Write("prompts.json", Library("""{"key": "map-a", "type": "mapping", "template_file": "mapping/m.txt", "default": true}"""));

        var result = PromptLibraryLoader.Load(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.prompts[0].template_file", error.Location);
        Assert.Contains("{trial_context}", error.Message, StringComparison.Ordinal);
        Assert.Contains("mapping", error.Message, StringComparison.Ordinal);
        Assert.Contains("{trial_context}", error.Fix, StringComparison.Ordinal);
        Assert.Null(result.Library);
    }

    [Fact]
    public void An_unknown_placeholder_names_its_line_and_suggests_the_closest_allowed_name()
    {
        folder.Write("extraction/a.txt", "Find entities.\n<clinical_text>\n{clinical_text}\n</clinical_text>\nContext: {trial_contex}\n");
        var path = folder.Write("prompts.json", Library("""{"key": "extract-a", "type": "extraction", "template_file": "extraction/a.txt", "default": true}"""));

        var error = Assert.Single(PromptLibraryLoader.Load(path).Errors);

        Assert.Equal(folder.Combine("extraction/a.txt"), error.File);
        Assert.Equal("line 5, column 10", error.Location);
        Assert.Contains("{trial_contex}", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean {trial_context}?", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_type_is_reported_with_the_allowed_types_and_a_suggestion()
    {
        folder.Write("extraction/a.txt", Extraction);
        var path = folder.Write("prompts.json", Library("""{"key": "extract-a", "type": "extracton", "template_file": "extraction/a.txt"}"""));

        var error = Assert.Single(PromptLibraryLoader.Load(path).Errors);

        Assert.Equal("$.prompts[0].type", error.Location);
        Assert.Contains("'extracton'", error.Message, StringComparison.Ordinal);
        Assert.Contains("extraction, mapping, direct", error.Fix, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'extraction'?", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_template_file_names_the_path_and_suggests_an_existing_file()
    {
        folder.Write("extraction/structured.txt", Extraction);
        var path = folder.Write("prompts.json", Library("""{"key": "extract-a", "type": "extraction", "template_file": "extraction/structred.txt", "default": true}"""));

        var error = Assert.Single(PromptLibraryLoader.Load(path).Errors);

        Assert.Equal("$.prompts[0].template_file", error.Location);
        Assert.Contains("extraction/structred.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"extraction/structured.txt\"", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_path_leaving_the_library_folder_is_rejected()
    {
        var path = folder.Write("lib/prompts.json", Library("""{"key": "extract-a", "type": "extraction", "template_file": "../secret.txt", "default": true}"""));
        folder.Write("secret.txt", Extraction);

        var error = Assert.Single(PromptLibraryLoader.Load(path).Errors);

        Assert.Equal("$.prompts[0].template_file", error.Location);
        Assert.Contains("leaves the library's folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second_entry()
    {
        folder.Write("extraction/a.txt", Extraction);
        var path = folder.Write("prompts.json", Library(
            """{"key": "extract-a", "type": "extraction", "template_file": "extraction/a.txt", "default": true}""",
            """{"key": "extract-a", "type": "extraction", "template_file": "extraction/a.txt"}"""));

        var error = Assert.Single(PromptLibraryLoader.Load(path).Errors);

        Assert.Equal("$.prompts[1].key", error.Location);
        Assert.Contains("$.prompts[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_defaults_for_one_type_are_an_error()
    {
        folder.Write("extraction/a.txt", Extraction);
        var path = folder.Write("prompts.json", Library(
            """{"key": "extract-a", "type": "extraction", "template_file": "extraction/a.txt", "default": true}""",
            """{"key": "extract-b", "type": "extraction", "template_file": "extraction/a.txt", "default": true}"""));

        var error = Assert.Single(PromptLibraryLoader.Load(path).Errors);

        Assert.Equal("$.prompts[1].default", error.Location);
        Assert.Contains("'extract-a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_default_for_a_type_is_a_warning_and_the_library_still_loads()
    {
        folder.Write("mapping/m.txt", Mapping);
        var path = folder.Write("prompts.json", Library("""{"key": "map-a", "type": "mapping", "template_file": "mapping/m.txt"}"""));

        var result = PromptLibraryLoader.Load(path);

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("No mapping prompt is marked default", warning.Message, StringComparison.Ordinal);
        Assert.Null(result.Library!.DefaultFor(PromptType.Mapping));
    }

    [Theory]
    [InlineData("Extract A")]
    [InlineData("-extract")]
    [InlineData("extract/a")]
    public void Keys_with_invalid_characters_are_rejected_with_a_suggested_key(string key)
    {
        folder.Write("extraction/a.txt", Extraction);
        var path = folder.Write("prompts.json", Library($$"""{"key": "{{key}}", "type": "extraction", "template_file": "extraction/a.txt", "default": true}"""));

        var error = Assert.Single(PromptLibraryLoader.Load(path).Errors);

        Assert.Equal("$.prompts[0].key", error.Location);
        Assert.Contains(LibraryKey.Sanitize(key), error.Fix, StringComparison.Ordinal);
        Assert.True(LibraryKey.IsValid(LibraryKey.Sanitize(key)));
    }

    [Fact]
    public void A_wrong_field_type_and_a_missing_field_are_both_reported_with_paths()
    {
        folder.Write("extraction/a.txt", Extraction);
        var path = folder.Write("prompts.json", Library("""{"key": "extract-a", "template_file": "extraction/a.txt", "default": "yes"}"""));

        var errors = PromptLibraryLoader.Load(path).Errors;

        Assert.Contains(errors, e => e.Location == "$.prompts[0]" && e.Message.Contains("\"type\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location == "$.prompts[0].default" && e.Fix.Contains("true or false", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_field_is_a_warning_that_suggests_the_known_one()
    {
        folder.Write("extraction/a.txt", Extraction);
        var path = folder.Write("prompts.json", Library("""{"key": "extract-a", "type": "extraction", "template_file": "extraction/a.txt", "default": true, "descripton": "x"}"""));

        var result = PromptLibraryLoader.Load(path);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal("$.prompts[0].descripton", warning.Location);
        Assert.Contains("\"description\"", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Library);
    }

    [Fact]
    public void A_predecessor_configuration_is_recognised_and_pointed_to_the_importer()
    {
        var path = folder.Write("prompts_config.json", """{"prompt_library": {"prompts": {}}}""");

        var error = Assert.Single(PromptLibraryLoader.Load(path).Errors);

        Assert.Contains("predecessor", error.Message, StringComparison.Ordinal);
        Assert.Contains("PredecessorPromptImporter", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_library_file_is_a_diagnostic_not_an_exception()
    {
        var result = PromptLibraryLoader.Load(folder.Combine("nowhere.json"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Require_library_throws_listing_every_error()
    {
        var path = folder.Write("prompts.json", Library(
            """{"key": "a", "type": "nope", "template_file": "x.txt"}""",
            """{"key": "b", "type": "extraction", "template_file": "y.txt"}"""));

        var error = Assert.Throws<LibraryValidationException>(() => PromptLibraryLoader.Load(path).RequireLibrary());

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
        Assert.Contains("y.txt", error.Message, StringComparison.Ordinal);
    }

    private static string Library(params string[] entries) =>
        $$"""{"format": "mcodebench-prompts", "version": "1.0.0", "prompts": [{{string.Join(",\n", entries)}}]}""";
}
