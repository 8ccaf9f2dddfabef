using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library.Storage;

/// <summary>
/// The rules a model library must follow, as diagnostics naming the file, the JSON path and the fix. A value in
/// <c>api_key_env</c> that looks like a key itself is an error whose message never repeats the value.
/// </summary>
public static class ModelLibraryValidator
{
    /// <summary>Tokenizers the accounting middleware knows; others fall back to an approximation.</summary>
    public static IReadOnlyList<string> KnownTokenizers { get; } = ["o200k_base", "cl100k_base"];

    /// <summary>Every diagnostic of a model library file.</summary>
    public static IReadOnlyList<Diagnostic> ValidateFile(string path) => ModelLibraryLoader.Load(path).Diagnostics;

    /// <summary>Checks an in-memory library as if it were saved to <paramref name="libraryFile"/>.</summary>
    public static IReadOnlyList<Diagnostic> Validate(ModelLibrary library, string libraryFile)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentException.ThrowIfNullOrEmpty(libraryFile);
        var drafts = library.Models.Select((m, index) => new ModelEntryDraft(
            index, m.Key, m.Provider.ToWireName(), m.Endpoint, m.ModelId, m.ApiKeyVariable, m.Parameters, m.Pricing, m.RequestsPerMinute,
            m.MaxConcurrency, m.Timeout.TotalSeconds, m.Tags, m.Tokenizer, m.Description, m.Key == library.DefaultKey));
        return Check(drafts.ToList(), libraryFile);
    }

    internal static List<Diagnostic> Check(IReadOnlyList<ModelEntryDraft> drafts, string file)
    {
        var diagnostics = new List<Diagnostic>();
        if (drafts.Count == 0)
        {
            diagnostics.Add(Diagnostic.Warning(file, "$.models", "The library has no models.", "Add at least the rules baseline: {\"key\": \"rules-baseline\", \"provider\": \"rules-baseline\"}."));
        }

        var firstIndexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            LibraryFileRules.CheckKey(
                draft.Key, draft.Index, draft.PathOf("key"), "$.models", "Give each model its own key, e.g. 'gpt-4o-mini-t07' for the same model with other parameters.", file, firstIndexByKey, diagnostics);
            var provider = CheckProvider(draft, file, diagnostics);
            var endpoint = CheckEndpoint(draft, provider, file, diagnostics);
            CheckModelId(draft, provider, file, diagnostics);
            CheckApiKeyVariable(draft, provider, endpoint, file, diagnostics);
            CheckParameters(draft, file, diagnostics);
            CheckPricing(draft, provider, endpoint, file, diagnostics);
            CheckLimits(draft, file, diagnostics);
        }

        var defaults = drafts.Where(d => d.IsDefault).ToList();
        if (drafts.Count > 0 && defaults.Count == 0)
        {
            diagnostics.Add(Diagnostic.Warning(file, "$.models", "No model is marked default; runs that name no model cannot pick one.", "Set \"default\": true on one model, e.g. the rules baseline."));
        }

        foreach (var extra in defaults.Skip(1))
        {
            diagnostics.Add(Diagnostic.Error(file, extra.PathOf("default"), $"Model '{extra.Key}' is marked default, but '{defaults[0].Key}' ($.models[{defaults[0].Index}]) already is.", "Keep \"default\": true on one model only."));
        }

        return diagnostics;
    }

    private static ProviderKind? CheckProvider(ModelEntryDraft draft, string file, List<Diagnostic> diagnostics)
    {
        if (draft.Provider is null)
        {
            return null;
        }

        var provider = ProviderKindNames.FromWireName(draft.Provider);
        if (provider is null)
        {
            diagnostics.Add(Diagnostic.Error(
                file,
                draft.PathOf("provider"),
                $"Unknown provider '{draft.Provider}' for model '{draft.Key}'.",
                $"Use one of {string.Join(", ", ProviderKindNames.All)} (OpenAI, DeepSeek, vLLM and other OpenAI-style servers are openai-compatible).{ClosestNames.DidYouMean(draft.Provider, ProviderKindNames.All)}"));
        }

        return provider;
    }

    private static Uri? CheckEndpoint(ModelEntryDraft draft, ProviderKind? provider, string file, List<Diagnostic> diagnostics)
    {
        if (draft.Endpoint is null)
        {
            if (provider is { } networked && networked.IsNetworked())
            {
                diagnostics.Add(Diagnostic.Error(file, draft.PathOf("endpoint"), $"Model '{draft.Key}' (provider {draft.Provider}) has no endpoint.", $"Add \"endpoint\": the server's base URL, e.g. \"{ExampleEndpoint(networked)}\"."));
            }

            return null;
        }

        if (!Uri.TryCreate(draft.Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            diagnostics.Add(Diagnostic.Error(file, draft.PathOf("endpoint"), $"Endpoint '{draft.Endpoint}' of model '{draft.Key}' is not an absolute http(s) URL.", "Write the full base URL, e.g. \"https://api.openai.com/v1\" or \"http://127.0.0.1:8000/v1\"."));
            return null;
        }

        if (provider == ProviderKind.RulesBaseline)
        {
            diagnostics.Add(Diagnostic.Warning(file, draft.PathOf("endpoint"), $"The rules baseline '{draft.Key}' runs in-process; its endpoint is ignored.", "Remove \"endpoint\" from this entry."));
        }

        return uri;
    }

    private static void CheckModelId(ModelEntryDraft draft, ProviderKind? provider, string file, List<Diagnostic> diagnostics)
    {
        if (draft.ModelId is null && provider is { } networked && networked.IsNetworked())
        {
            diagnostics.Add(Diagnostic.Error(file, draft.PathOf("model_id"), $"Model '{draft.Key}' has no model_id.", "Add \"model_id\": the provider's model identifier sent with each request, e.g. \"gpt-4o-mini\"."));
        }
    }

    private static void CheckApiKeyVariable(ModelEntryDraft draft, ProviderKind? provider, Uri? endpoint, string file, List<Diagnostic> diagnostics)
    {
        var location = draft.PathOf("api_key_env");
        if (draft.ApiKeyVariable is not { } variable)
        {
            if (provider == ProviderKind.Anthropic)
            {
                diagnostics.Add(Diagnostic.Warning(file, location, $"Anthropic model '{draft.Key}' names no API key variable; Anthropic's API requires a key.", "Add \"api_key_env\": \"ANTHROPIC_API_KEY\"."));
            }

            return;
        }

        // The value is never put in a message: it may be a real key.
        if (ApiKeyVariableName.LooksLikeSecret(variable))
        {
            diagnostics.Add(Diagnostic.Error(file, location, $"The api_key_env of model '{draft.Key}' looks like an API key itself, not the name of an environment variable.", ApiKeyVariableName.SecretFix));
            return;
        }

        if (!ApiKeyVariableName.IsValidName(variable))
        {
            diagnostics.Add(Diagnostic.Error(file, location, $"The api_key_env of model '{draft.Key}' is not a valid environment variable name.", "Name a variable made of letters, digits and underscores, e.g. \"OPENAI_API_KEY\"."));
            return;
        }

        if (endpoint is not null && endpoint.Scheme == Uri.UriSchemeHttp && !endpoint.IsLoopback)
        {
            diagnostics.Add(Diagnostic.Warning(file, draft.PathOf("endpoint"), $"Model '{draft.Key}' would send its API key over plain http to {endpoint.Host}.", "Use an https endpoint, or drop api_key_env if the server needs no key."));
        }
    }

    private static void CheckParameters(ModelEntryDraft draft, string file, List<Diagnostic> diagnostics)
    {
        var parameters = draft.Parameters;
        if (parameters.Temperature is { } temperature && (temperature < 0 || temperature > 2 || float.IsNaN(temperature)))
        {
            diagnostics.Add(Diagnostic.Error(file, draft.PathOf("parameters.temperature"), $"Temperature {temperature.ToString(System.Globalization.CultureInfo.InvariantCulture)} of model '{draft.Key}' is outside 0–2.", "Use 0 for reproducible benchmarks, or a value up to 2."));
        }

        if (parameters.MaxOutputTokens is < 1)
        {
            diagnostics.Add(Diagnostic.Error(file, draft.PathOf("parameters.max_output_tokens"), $"max_output_tokens of model '{draft.Key}' must be at least 1.", "Use a limit such as 4096, or null to leave it to the provider."));
        }

        if (parameters.TopP is { } topP && (topP <= 0 || topP > 1 || float.IsNaN(topP)))
        {
            diagnostics.Add(Diagnostic.Error(file, draft.PathOf("parameters.top_p"), $"top_p of model '{draft.Key}' must be above 0 and at most 1.", "Use a value such as 1, or remove top_p."));
        }
    }

    private static void CheckPricing(ModelEntryDraft draft, ProviderKind? provider, Uri? endpoint, string file, List<Diagnostic> diagnostics)
    {
        if (draft.Pricing is null)
        {
            if (provider is ProviderKind.OpenAICompatible or ProviderKind.Anthropic && endpoint is { IsLoopback: false })
            {
                diagnostics.Add(Diagnostic.Warning(file, draft.PathOf("pricing"), $"Model '{draft.Key}' has no pricing; its costs will show as $0.", "Add \"pricing\": {\"input_per_million\": …, \"output_per_million\": …} from the provider's price list (US dollars per million tokens)."));
            }

            return;
        }

        if (draft.Pricing.InputPerMillion < 0)
        {
            diagnostics.Add(Diagnostic.Error(file, draft.PathOf("pricing.input_per_million"), $"The input price of model '{draft.Key}' is negative.", "Use the price in US dollars per million input tokens, 0 or more."));
        }

        if (draft.Pricing.OutputPerMillion < 0)
        {
            diagnostics.Add(Diagnostic.Error(file, draft.PathOf("pricing.output_per_million"), $"The output price of model '{draft.Key}' is negative.", "Use the price in US dollars per million output tokens, 0 or more."));
        }
    }

    private static void CheckLimits(ModelEntryDraft draft, string file, List<Diagnostic> diagnostics)
    {
        if (draft.RequestsPerMinute is < 1)
        {
            diagnostics.Add(Diagnostic.Error(file, draft.PathOf("rate_limit_rpm"), $"rate_limit_rpm of model '{draft.Key}' must be at least 1.", "Use the provider's requests-per-minute limit, or remove the field for no limit."));
        }

        if (draft.MaxConcurrency < 1)
        {
            diagnostics.Add(Diagnostic.Error(file, draft.PathOf("max_concurrency"), $"max_concurrency of model '{draft.Key}' must be at least 1.", "Use 1 for strictly sequential calls, or more for parallel calls."));
        }

        if (draft.TimeoutSeconds <= 0 || double.IsNaN(draft.TimeoutSeconds) || double.IsInfinity(draft.TimeoutSeconds))
        {
            diagnostics.Add(Diagnostic.Error(file, draft.PathOf("timeout_seconds"), $"timeout_seconds of model '{draft.Key}' must be above 0.", $"Use a time limit per call in seconds, e.g. {ModelLibraryLoader.DefaultTimeoutSeconds}."));
        }

        if (draft.Tokenizer is { } tokenizer && !KnownTokenizers.Contains(tokenizer, StringComparer.Ordinal))
        {
            diagnostics.Add(Diagnostic.Warning(file, draft.PathOf("tokenizer"), $"Tokenizer '{tokenizer}' of model '{draft.Key}' is not known; token estimates fall back to an approximation.", $"Use one of {string.Join(", ", KnownTokenizers)}, or remove the field.{ClosestNames.DidYouMean(tokenizer, KnownTokenizers)}"));
        }
    }

    private static string ExampleEndpoint(ProviderKind provider) => provider switch
    {
        ProviderKind.Anthropic => "https://api.anthropic.com",
        ProviderKind.Ollama => "http://127.0.0.1:11434",
        ProviderKind.Simulator => "http://127.0.0.1:5199/v1",
        _ => "https://api.openai.com/v1",
    };
}
