using System.Text.Json;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library.Storage;

/// <summary>
/// Loads a model library file (<c>"format": "mcodebench-models"</c>), reporting every problem at once. The library is
/// returned only when there is no error. Keys are never read here: only the names of the variables holding them.
/// </summary>
public static class ModelLibraryLoader
{
    public const string Format = "mcodebench-models";

    public const int DefaultMaxConcurrency = 1;

    public const double DefaultTimeoutSeconds = 120;

    internal static readonly string[] RootFields = ["format", "version", "models"];

    internal static readonly string[] EntryFields =
    [
        "key", "provider", "endpoint", "model_id", "api_key_env", "parameters", "pricing", "rate_limit_rpm", "max_concurrency",
        "timeout_seconds", "tags", "tokenizer", "description", "default",
    ];

    internal static readonly string[] ParameterFields = ["temperature", "max_output_tokens", "json_mode", "seed", "top_p"];

    internal static readonly string[] PricingFields = ["input_per_million", "output_per_million"];

    public static LibraryLoadResult<ModelLibrary> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var diagnostics = new List<Diagnostic>();
        using var document = JsonFile.Read(path, "model library", diagnostics);
        if (document is null)
        {
            return new(null, diagnostics);
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(Diagnostic.Error(path, "$", "A model library must be a JSON object.", $"Start the file with {{\"format\": \"{Format}\", \"version\": \"1\", \"models\": [ … ]}}."));
            return new(null, diagnostics);
        }

        if (root.TryGetProperty("model_library", out _) || root.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("model_identifier", out _)))
        {
            diagnostics.Add(Diagnostic.Error(path, "$", "This looks like a predecessor (mcode_translator) models_config.json, not a McodeBench model library.", "Import it with PredecessorModelImporter (CLI: models import) and save the result, then load the saved library."));
            return new(null, diagnostics);
        }

        var reader = new JsonObjectReader(root, "$", path, diagnostics, RootFields);
        LibraryFileRules.CheckFormat(reader, Format, "model", PromptLibraryLoader.Format, "prompt", diagnostics);
        var version = reader.String("version");
        if (version is null && !reader.Has("version"))
        {
            diagnostics.Add(Diagnostic.Warning(path, "$", "The library has no \"version\"; it is read as version 1.", "Add \"version\": \"1\" and raise it whenever models or prices change."));
        }

        var items = reader.ObjectItems("models", "Add \"models\": [ … ] with one object per model.");
        var drafts = items is null ? [] : items.Select(item => ReadEntry(item.Index, item.Item, path, diagnostics)).ToList();
        diagnostics.AddRange(ModelLibraryValidator.Check(drafts, path));
        if (diagnostics.Any(d => d.IsError) || items is null)
        {
            return new(null, diagnostics);
        }

        var models = drafts.Select(ToDefinition).ToList();
        var defaultKey = drafts.FirstOrDefault(d => d.IsDefault)?.Key;
        return new(new ModelLibrary(models, defaultKey, version ?? "1", path), diagnostics);
    }

    internal static ModelDefinition ToDefinition(ModelEntryDraft draft) => new(
        draft.Key!,
        ProviderKindNames.FromWireName(draft.Provider)!.Value,
        draft.Endpoint,
        draft.ModelId ?? draft.Key!,
        draft.ApiKeyVariable,
        draft.Parameters,
        draft.Pricing ?? ModelPricing.Free,
        draft.RequestsPerMinute,
        draft.MaxConcurrency,
        TimeSpan.FromSeconds(draft.TimeoutSeconds),
        draft.Tags,
        draft.Tokenizer,
        draft.Description);

    private static ModelEntryDraft ReadEntry(int index, JsonElement item, string path, List<Diagnostic> diagnostics)
    {
        var entry = new JsonObjectReader(item, $"$.models[{index}]", path, diagnostics, EntryFields);
        var key = entry.String("key", "Add \"key\": a unique name such as \"gpt-4o-mini\" (" + LibraryKey.Rule + ").");
        var provider = entry.String("provider", $"Add \"provider\": one of {string.Join(", ", ProviderKindNames.All)}.");
        return new ModelEntryDraft(
            index,
            key,
            provider,
            entry.String("endpoint"),
            entry.String("model_id"),
            entry.String("api_key_env"),
            ReadParameters(entry.Object("parameters", ParameterFields)),
            ReadPricing(entry.Object("pricing", PricingFields), diagnostics),
            entry.Int32("rate_limit_rpm"),
            entry.Int32("max_concurrency") ?? DefaultMaxConcurrency,
            entry.Double("timeout_seconds") ?? DefaultTimeoutSeconds,
            entry.Strings("tags"),
            entry.String("tokenizer"),
            entry.String("description") ?? string.Empty,
            entry.Bool("default") ?? false);
    }

    private static GenerationParameters ReadParameters(JsonObjectReader? parameters)
    {
        var defaults = new GenerationParameters();
        if (parameters is null)
        {
            return defaults;
        }

        // An explicit null means "leave it to the provider", an absent field means McodeBench's default.
        return new GenerationParameters(
            parameters.IsNull("temperature") ? null : (float?)parameters.Double("temperature") ?? defaults.Temperature,
            parameters.IsNull("max_output_tokens") ? null : parameters.Int32("max_output_tokens") ?? defaults.MaxOutputTokens,
            parameters.Bool("json_mode") ?? defaults.JsonMode,
            parameters.Int64("seed"),
            (float?)parameters.Double("top_p"));
    }

    private static ModelPricing? ReadPricing(JsonObjectReader? pricing, List<Diagnostic> diagnostics)
    {
        if (pricing is null)
        {
            return null;
        }

        decimal Price(string field)
        {
            if (!pricing.Has(field))
            {
                diagnostics.Add(Diagnostic.Error(pricing.File, pricing.Path, $"Required field \"{field}\" is missing.", $"Add \"{field}\": the price in US dollars per million tokens (0 for a free model)."));
            }

            return pricing.Decimal(field) ?? 0m;
        }

        return new ModelPricing(Price("input_per_million"), Price("output_per_million"));
    }
}
