using McodeBench.Core.Library;

namespace McodeBench.Web.Pages.Configuration;

/// <summary>
/// What the page may say about a model's API key: the name of the environment variable and whether it is set.
/// The value is never read into anything the page renders.
/// </summary>
public static class ApiKeyPresence
{
    public static string Describe(ModelDefinition model, ApiKeyResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(resolver);
        if (model.ApiKeyVariable is not { Length: > 0 } variable)
        {
            return "no key needed";
        }

        if (!ApiKeyVariableName.IsValidName(variable))
        {
            // The setting may be a pasted key: never echo it.
            return "api_key_env is not a variable name";
        }

        return resolver.IsAvailable(model) ? $"{variable} is set" : $"{variable} is not set";
    }
}
