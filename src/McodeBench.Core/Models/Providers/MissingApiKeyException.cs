namespace McodeBench.Core.Models.Providers;

/// <summary>A model's API-key environment variable is not set. The message names the variable, never a value.</summary>
public sealed class MissingApiKeyException : InvalidOperationException
{
    public MissingApiKeyException(string modelKey, string variableName)
        : base($"Model '{modelKey}' needs an API key in the environment variable {variableName}, which is not set or empty. " +
               $"Set {variableName} in the environment that runs McodeBench, or change apiKeyVariable of '{modelKey}' in the model library.")
    {
        ModelKey = modelKey;
        VariableName = variableName;
    }

    public MissingApiKeyException()
        : this("?", "?")
    {
    }

    public MissingApiKeyException(string message)
        : base(message)
    {
        ModelKey = "?";
        VariableName = "?";
    }

    public MissingApiKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
        ModelKey = "?";
        VariableName = "?";
    }

    public string ModelKey { get; }

    public string VariableName { get; }
}
