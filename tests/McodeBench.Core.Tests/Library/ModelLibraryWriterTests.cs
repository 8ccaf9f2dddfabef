using McodeBench.Core.Library;
using McodeBench.Core.Library.Storage;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Library;

public sealed class ModelLibraryWriterTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_saved_library_loads_back_equal()
    {
        var original = ModelLibraryLoader.Load(Path.Combine(RepositoryPaths.Samples, "models.json")).RequireLibrary();
        var path = folder.Combine("models.json");

        ModelLibraryWriter.Save(original, path);
        var loaded = ModelLibraryLoader.Load(path);

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(original.DefaultKey, loaded.Library!.DefaultKey);
        foreach (var (before, after) in original.Models.Zip(loaded.Library.Models, (a, b) => (a, b)))
        {
            Assert.Equal(before with { Tags = after.Tags }, after);
            Assert.Equal(before.Tags, after.Tags);
        }
    }

    [Fact]
    public void A_pasted_key_is_refused_and_nothing_is_written()
    {
        const string pasted = "sk-ant-api03-QwErTy123456UiOp7890AsDfGh";
        var model = new ModelDefinition(
            "claude", ProviderKind.Anthropic, "https://api.anthropic.com", "claude-x", pasted, new GenerationParameters(), ModelPricing.Free, null, 1, TimeSpan.FromMinutes(1), []);
        var path = folder.Combine("models.json");

        var error = Assert.Throws<LibraryValidationException>(() => ModelLibraryWriter.Save(new ModelLibrary([model]), path));

        Assert.DoesNotContain(pasted[..10], error.Message, StringComparison.Ordinal);
        Assert.Contains("environment variable", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.EnumerateFiles(folder.Path));
    }
}
