using System.Text.Json;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Library.Storage;

namespace McodeBench.Core.Library.Predecessor;

/// <summary>
/// Imports the predecessor's (mcode_translator) <c>models_config.json</c> into a <see cref="ModelLibrary"/>, to be saved
/// with <see cref="ModelLibraryWriter"/>. Reads v1 (<c>model_library.models.{group}.{provider}[]</c>) and v2 (a flat map
/// of name to entry). The predecessor stored no prices: every model is imported at 0 with a warning to add them.
/// </summary>
public static class PredecessorModelImporter
{
    private static readonly string[] EntryFields =
    [
        "name", "model_type", "model_identifier", "base_url", "api_key_env_var", "default_parameters", "description", "version",
        "author", "created_date", "status", "capabilities", "tags", "default",
    ];

    private static readonly string[] ParameterFields = ["temperature", "max_tokens", "top_p", "seed"];

    public static LibraryLoadResult<ModelLibrary> Import(string configPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(configPath);
        var diagnostics = new List<Diagnostic>();
        using var document = JsonFile.Read(configPath, "predecessor models_config.json", diagnostics);
        if (document is null)
        {
            return new(null, diagnostics);
        }

        var root = document.RootElement;
        var import = new ImportState(configPath, diagnostics);
        string version;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("model_library", out var library) && library.ValueKind == JsonValueKind.Object)
        {
            import.Generation = "v1";
            version = library.TryGetProperty("version", out var written) && written.ValueKind == JsonValueKind.String ? written.GetString()! : "1";
            if (!library.TryGetProperty("models", out var groups) || groups.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Diagnostic.Error(configPath, "$.model_library", "The v1 model library has no \"models\" object.", "Check that this is the predecessor's models_config.json."));
                return new(null, diagnostics);
            }

            foreach (var group in groups.EnumerateObject().Where(g => g.Value.ValueKind == JsonValueKind.Object))
            {
                foreach (var provider in group.Value.EnumerateObject())
                {
                    var path = JsonPaths.Property(JsonPaths.Property("$.model_library.models", group.Name), provider.Name);
                    if (provider.Value.ValueKind != JsonValueKind.Array)
                    {
                        diagnostics.Add(Diagnostic.Warning(configPath, path, $"\"{provider.Name}\" is not a list of models and is skipped.", "Check the file's structure."));
                        continue;
                    }

                    var index = 0;
                    foreach (var entry in provider.Value.EnumerateArray())
                    {
                        import.Entry(entry, $"{path}[{index++}]", nameFromMap: null, providerName: provider.Name, group: group.Name);
                    }
                }
            }
        }
        else if (root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("model_identifier", out _)))
        {
            import.Generation = "v2";
            version = "1";
            foreach (var model in root.EnumerateObject())
            {
                import.Entry(model.Value, JsonPaths.Property("$", model.Name), nameFromMap: model.Name, providerName: null, group: null);
            }
        }
        else
        {
            diagnostics.Add(Diagnostic.Error(configPath, "$", "Neither a v1 (\"model_library\") nor a v2 (map of models with \"model_identifier\") predecessor model configuration.", "Pass the predecessor's models/models_config.json."));
            return new(null, diagnostics);
        }

        return new(new ModelLibrary(import.Models, import.DefaultKey, version, configPath), diagnostics);
    }

    /// <summary>The tokenizer of OpenAI models by family; others get none and are estimated by approximation.</summary>
    internal static string? TokenizerFor(string modelId)
    {
        var id = modelId.ToLowerInvariant();
        if (id.StartsWith("gpt-4o", StringComparison.Ordinal) || id.StartsWith("gpt-4.1", StringComparison.Ordinal) || id.StartsWith("gpt-4.5", StringComparison.Ordinal)
            || id.StartsWith("gpt-5", StringComparison.Ordinal) || id.StartsWith("o1", StringComparison.Ordinal) || id.StartsWith("o3", StringComparison.Ordinal) || id.StartsWith("o4", StringComparison.Ordinal))
        {
            return "o200k_base";
        }

        return id.StartsWith("gpt-4", StringComparison.Ordinal) || id.StartsWith("gpt-3.5", StringComparison.Ordinal) ? "cl100k_base" : null;
    }

    private sealed class ImportState(string configPath, List<Diagnostic> diagnostics)
    {
        public string Generation { get; set; } = "v1";

        public List<ModelDefinition> Models { get; } = [];

        public string? DefaultKey { get; private set; }

        public void Entry(JsonElement element, string path, string? nameFromMap, string? providerName, string? group)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Diagnostic.Error(configPath, path, "A model entry must be an object; this one is skipped.", "Check the file's structure."));
                return;
            }

            var entry = new JsonObjectReader(element, path, configPath, diagnostics, EntryFields);
            var name = entry.String("name") ?? nameFromMap;
            if (name is null)
            {
                diagnostics.Add(Diagnostic.Error(configPath, path, "A model entry has no \"name\"; it is skipped.", "Add a \"name\" and import again."));
                return;
            }

            var key = ImportedKey.For(name, "Model", taken => Models.Any(m => m.Key == taken), entry, diagnostics);
            var modelId = entry.String("model_identifier");
            if (modelId is null)
            {
                diagnostics.Add(Diagnostic.Warning(configPath, entry.PathOf("model_identifier"), $"Model '{key}' has no model_identifier; its name is used.", "Check the model id after importing."));
                modelId = name;
            }

            var endpoint = Endpoint(entry, providerName, key);
            if (endpoint is null)
            {
                return;
            }

            var provider = Provider(endpoint, providerName);
            var apiKeyVariable = ApiKeyVariable(entry, endpoint, providerName, key);
            if (apiKeyVariable is { IsRejected: true })
            {
                return;
            }

            var parameters = Parameters(entry.Object("default_parameters", ParameterFields));
            diagnostics.Add(Diagnostic.Warning(
                configPath,
                path,
                $"Model '{key}' is imported with price 0 (the predecessor stores no prices), so its costs will show as $0.",
                "Add \"pricing\": {\"input_per_million\": …, \"output_per_million\": …} from the provider's price list."));

            var tags = entry.Strings("tags").Concat(group is null or "production" ? [] : [group]).Append("predecessor-" + Generation).Distinct(StringComparer.Ordinal).ToList();
            Models.Add(new ModelDefinition(
                key,
                provider,
                endpoint,
                modelId,
                apiKeyVariable?.Name,
                parameters,
                ModelPricing.Free,
                RequestsPerMinute: null,
                MaxConcurrency: ModelLibraryLoader.DefaultMaxConcurrency,
                Timeout: TimeSpan.FromSeconds(ModelLibraryLoader.DefaultTimeoutSeconds),
                tags,
                TokenizerFor(modelId),
                entry.String("description") ?? string.Empty));

            if (entry.Bool("default") == true)
            {
                if (DefaultKey is null)
                {
                    DefaultKey = key;
                }
                else
                {
                    diagnostics.Add(Diagnostic.Warning(configPath, entry.PathOf("default"), $"Model '{key}' is a second default; '{DefaultKey}' stays the default.", "Choose the default after importing."));
                }
            }
        }

        private string? Endpoint(JsonObjectReader entry, string? providerName, string key)
        {
            if (entry.String("base_url") is { } written)
            {
                if (Uri.TryCreate(written, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                {
                    return written.TrimEnd('/');
                }

                diagnostics.Add(Diagnostic.Error(configPath, entry.PathOf("base_url"), $"base_url '{written}' of model '{key}' is not an absolute http(s) URL; the model is skipped.", "Correct the base_url and import again."));
                return null;
            }

            var known = providerName?.ToLowerInvariant() switch
            {
                "openai" => "https://api.openai.com/v1",
                "deepseek" => "https://api.deepseek.com/v1",
                "anthropic" => "https://api.anthropic.com",
                "ollama" => "http://127.0.0.1:11434",
                _ => null,
            };
            if (known is null)
            {
                diagnostics.Add(Diagnostic.Error(configPath, entry.PathOf("base_url"), $"Model '{key}' has no base_url and its provider is not known; the model is skipped.", "Add the server's base_url and import again."));
                return null;
            }

            diagnostics.Add(Diagnostic.Info(configPath, entry.PathOf("base_url"), $"Model '{key}' has no base_url; {providerName}'s public endpoint {known} is used."));
            return known;
        }

        private static ProviderKind Provider(string endpoint, string? providerName)
        {
            var uri = new Uri(endpoint);
            if (uri.Host.EndsWith("anthropic.com", StringComparison.OrdinalIgnoreCase) || string.Equals(providerName, "anthropic", StringComparison.OrdinalIgnoreCase))
            {
                return ProviderKind.Anthropic;
            }

            // Ollama also serves an OpenAI-compatible API under /v1; only its native root is the Ollama provider.
            var ollama = uri.Port == 11434 || string.Equals(providerName, "ollama", StringComparison.OrdinalIgnoreCase);
            return ollama && !uri.AbsolutePath.TrimEnd('/').EndsWith("/v1", StringComparison.Ordinal) ? ProviderKind.Ollama : ProviderKind.OpenAICompatible;
        }

        private KeyVariable? ApiKeyVariable(JsonObjectReader entry, string endpoint, string? providerName, string key)
        {
            var location = entry.PathOf("api_key_env_var");
            if (entry.String("api_key_env_var") is { } written)
            {
                // Never echoed: a pasted key must not travel further than the file it was pasted into.
                if (ApiKeyVariableName.LooksLikeSecret(written) || !ApiKeyVariableName.IsValidName(written))
                {
                    diagnostics.Add(Diagnostic.Error(configPath, location, $"The api_key_env_var of model '{key}' is not an environment variable name (it may be a key itself); the model is skipped.", ApiKeyVariableName.SecretFix));
                    return new KeyVariable(null, IsRejected: true);
                }

                return new KeyVariable(written, IsRejected: false);
            }

            var uri = new Uri(endpoint);
            if (uri.IsLoopback)
            {
                return null;
            }

            var host = uri.Host.ToLowerInvariant();
            var inferred = host.EndsWith("openai.com", StringComparison.Ordinal) ? "OPENAI_API_KEY"
                : host.EndsWith("deepseek.com", StringComparison.Ordinal) ? "DEEPSEEK_API_KEY"
                : host.EndsWith("anthropic.com", StringComparison.Ordinal) ? "ANTHROPIC_API_KEY"
                : providerName is not null ? LibraryKey.Sanitize(providerName).Replace('-', '_').Replace('.', '_').ToUpperInvariant() + "_API_KEY"
                : null;
            if (inferred is null)
            {
                diagnostics.Add(Diagnostic.Warning(configPath, location, $"Model '{key}' names no API key variable and none can be inferred.", "Add \"api_key_env\" to the imported entry if the server needs a key."));
                return null;
            }

            diagnostics.Add(Diagnostic.Info(configPath, location, $"Model '{key}' names no API key variable (v1 read keys from a fixed place); {inferred} is assumed."));
            return new KeyVariable(inferred, IsRejected: false);
        }

        private static GenerationParameters Parameters(JsonObjectReader? parameters)
        {
            var defaults = new GenerationParameters();
            return parameters is null
                ? defaults
                : new GenerationParameters(
                    (float?)parameters.Double("temperature") ?? defaults.Temperature,
                    parameters.Int32("max_tokens") ?? defaults.MaxOutputTokens,
                    defaults.JsonMode,
                    parameters.Int64("seed"),
                    (float?)parameters.Double("top_p"));
        }
    }

    private sealed record KeyVariable(string? Name, bool IsRejected);
}
