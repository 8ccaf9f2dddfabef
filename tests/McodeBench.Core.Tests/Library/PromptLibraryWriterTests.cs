using McodeBench.Core.Library;
using McodeBench.Core.Library.Storage;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Library;

public sealed class PromptLibraryWriterTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_saved_library_loads_back_equal()
    {
        var original = PromptLibraryLoader.Load(Path.Combine(RepositoryPaths.Samples, "prompts", "prompts.json")).RequireLibrary();
        var path = folder.Combine("copy/prompts.json");

        PromptLibraryWriter.Save(original, path);
        var loaded = PromptLibraryLoader.Load(path);

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(original.Version, loaded.Library!.Version);
        Assert.Equal(original.Prompts.Count, loaded.Library.Prompts.Count);
        foreach (var (before, after) in original.Prompts.Zip(loaded.Library.Prompts))
        {
            Assert.Equal(before with { Tags = after.Tags }, after);
            Assert.Equal(before.Tags, after.Tags);
        }
    }

    [Fact]
    public void Writes_the_documented_format_with_template_files_beside_it()
    {
        var library = new PromptLibrary([PromptLibraryTests.Prompt("direct-a", PromptType.Direct, isDefault: true)], "1.2.0");
        var path = folder.Combine("prompts.json");

        PromptLibraryWriter.Save(library, path);

        var json = File.ReadAllText(path);
        Assert.Contains("\"format\": \"mcodebench-prompts\"", json, StringComparison.Ordinal);
        Assert.Contains("\"version\": \"1.2.0\"", json, StringComparison.Ordinal);
        Assert.Contains("\"template_file\": \"direct/direct-a.txt\"", json, StringComparison.Ordinal);
        Assert.Contains("\"default\": true", json, StringComparison.Ordinal);
        Assert.Equal(library.Prompts[0].Template, File.ReadAllText(folder.Combine("direct/direct-a.txt")));
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_invalid_library_is_refused_and_nothing_is_written()
    {
        var broken = PromptLibraryTests.Prompt("direct-a", PromptType.Direct) with { Template = "no placeholder here" };
        var path = folder.Combine("prompts.json");
        File.WriteAllText(path, "previous content");

        var error = Assert.Throws<LibraryValidationException>(() => PromptLibraryWriter.Save(new PromptLibrary([broken]), path));

        Assert.Contains("{clinical_text}", error.Message, StringComparison.Ordinal);
        Assert.Equal("previous content", File.ReadAllText(path));
        Assert.False(File.Exists(folder.Combine("direct/direct-a.txt")));
    }

    [Fact]
    public void A_template_path_outside_the_folder_is_never_written()
    {
        var escaping = PromptLibraryTests.Prompt("direct-a", PromptType.Direct) with { TemplateFile = "../escaped.txt" };

        Assert.Throws<LibraryValidationException>(() => PromptLibraryWriter.Save(new PromptLibrary([escaping]), folder.Combine("lib/prompts.json")));

        Assert.False(File.Exists(folder.Combine("escaped.txt")));
    }
}
