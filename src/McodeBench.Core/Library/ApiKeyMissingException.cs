namespace McodeBench.Core.Library;

/// <summary>
/// A model needs an API key and the environment variable that should hold it is not set. The message names the
/// variable and how to set it; it never contains a key.
/// </summary>
public sealed class ApiKeyMissingException : InvalidOperationException
{
    public ApiKeyMissingException(string modelKey, string variableName)
        : base(
            $"Model '{modelKey}' needs an API key in the environment variable {variableName}, which is not set (or is empty). " +
            $"Set it before starting McodeBench: in bash `export {variableName}=<your key>`, in PowerShell `$env:{variableName} = '<your key>'`; " +
            "or change \"api_key_env\" in the model library to the variable you use.")
    {
        ModelKey = modelKey;
        VariableName = variableName;
    }

    public ApiKeyMissingException()
        : this("(unknown)", "(unknown)")
    {
    }

    public ApiKeyMissingException(string message)
        : base(message)
    {
        ModelKey = string.Empty;
        VariableName = string.Empty;
    }

    public ApiKeyMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
        ModelKey = string.Empty;
        VariableName = string.Empty;
    }

    public string ModelKey { get; }

    public string VariableName { get; }
}
