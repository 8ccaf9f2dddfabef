using McodeBench.Core.Library;
using McodeBench.Core.Library.Storage;

namespace McodeBench.Web.Pages.Configuration;

/// <summary>Changes to a model library, each returning a new library checked with the library's own validator.</summary>
public static class ModelLibraryEditing
{
    private static readonly Dictionary<string, string> NoFields = new(StringComparer.Ordinal);

    public static (ModelLibrary? Library, FieldProblems Problems) Delete(ModelLibrary library, string key, string libraryFile)
    {
        ArgumentNullException.ThrowIfNull(library);
        var defaultKey = string.Equals(library.DefaultKey, key, StringComparison.Ordinal) ? null : library.DefaultKey;
        return Validated(library, library.Models.Where(m => !string.Equals(m.Key, key, StringComparison.Ordinal)), defaultKey, libraryFile);
    }

    public static (ModelLibrary? Library, FieldProblems Problems) SetDefault(ModelLibrary library, string key, string libraryFile)
    {
        ArgumentNullException.ThrowIfNull(library);
        return Validated(library, library.Models, key, libraryFile);
    }

    /// <summary>A copy of a model under a new key (for trying other parameters without losing the original).</summary>
    public static (ModelLibrary? Library, FieldProblems Problems) Clone(ModelLibrary library, string key, string newKey, string libraryFile)
    {
        ArgumentNullException.ThrowIfNull(library);
        if (!LibraryKey.IsValid(newKey))
        {
            var problems = new FieldProblems();
            problems.Add("Key", $"Use {LibraryKey.Rule}.");
            return (null, problems);
        }

        return Validated(library, library.Models.Append(library.Get(key) with { Key = newKey }), library.DefaultKey, libraryFile);
    }

    /// <summary>The library with one model replaced by an edited copy (same key).</summary>
    public static (ModelLibrary? Library, FieldProblems Problems) Replace(ModelLibrary library, ModelDefinition model, string libraryFile)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(model);
        return Validated(library, library.Models.Select(m => string.Equals(m.Key, model.Key, StringComparison.Ordinal) ? model : m), library.DefaultKey, libraryFile);
    }

    private static (ModelLibrary? Library, FieldProblems Problems) Validated(ModelLibrary library, IEnumerable<ModelDefinition> models, string? defaultKey, string libraryFile)
    {
        var problems = new FieldProblems();
        ModelLibrary changed;
        try
        {
            changed = new ModelLibrary(models, defaultKey, library.Version, library.Name);
        }
        catch (ArgumentException error)
        {
            problems.Add(FieldProblems.General, error.Message);
            return (null, problems);
        }

        foreach (var diagnostic in ModelLibraryValidator.Validate(changed, libraryFile))
        {
            problems.Add(diagnostic, NoFields);
        }

        return (problems.HasErrors ? null : changed, problems);
    }
}
