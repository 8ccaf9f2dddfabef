namespace McodeBench.Core.Library;

/// <summary>
/// Reads a model's API key from the environment at call time, so keys live only in the process environment: never in
/// a library file, the database, a log line or an exception message.
/// </summary>
public sealed class ApiKeyResolver
{
    private readonly Func<string, string?> readVariable;

    /// <summary>Reads the process environment.</summary>
    public ApiKeyResolver()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <param name="readVariable">Returns the value of an environment variable, or null; tests pass a dictionary lookup.</param>
    public ApiKeyResolver(Func<string, string?> readVariable)
    {
        ArgumentNullException.ThrowIfNull(readVariable);
        this.readVariable = readVariable;
    }

    /// <summary>True when the model needs no key or its variable is set.</summary>
    public bool IsAvailable(ModelDefinition model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.ApiKeyVariable is not { Length: > 0 } variable
            || (ApiKeyVariableName.IsValidName(variable) && !string.IsNullOrWhiteSpace(readVariable(variable)));
    }

    /// <summary>
    /// The key for the model, or null when the model names no variable (local servers, the baseline, the simulator).
    /// </summary>
    /// <exception cref="ApiKeyMissingException">The variable is not set or is empty.</exception>
    /// <exception cref="InvalidOperationException">The library names something that is not a variable name.</exception>
    public string? Resolve(ModelDefinition model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.ApiKeyVariable is not { Length: > 0 } variable)
        {
            return null;
        }

        if (!ApiKeyVariableName.IsValidName(variable))
        {
            // The value is not echoed: it may be a pasted key.
            var what = ApiKeyVariableName.LooksLikeSecret(variable) ? "looks like an API key itself" : "is not an environment variable name";
            throw new InvalidOperationException($"The api_key_env of model '{model.Key}' {what}. {ApiKeyVariableName.SecretFix}");
        }

        var key = readVariable(variable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ApiKeyMissingException(model.Key, variable);
        }

        // The one place a key leaves the environment: from here on, any message that echoes it (a provider's error
        // quoting the request) is masked wherever it is stored, logged or shown, whatever the key looks like.
        Pipelines.SecretScrubber.Remember(key);
        return key.Trim();
    }
}
