using McodeBench.Core.Library;
using McodeBench.Core.Library.Storage;
using McodeBench.Core.Pipelines;
using McodeBench.Logging;

namespace McodeBench.Configuration;

/// <summary>
/// Tells Core's <see cref="SecretScrubber"/> the secret values this process may meet before any of them can be echoed:
/// the values of the environment variables the model library names as API keys (whatever their names and values look
/// like), every variable whose name says it holds a secret, and the access token. From then on every message that is
/// stored (tasks, attempts, events), logged, printed or exported has them masked.
/// </summary>
public static class KnownSecrets
{
    public static void Register(McodeBenchOptions options, ProcessEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        SecretScrubber.Remember(McodeBenchLogging.SecretValues(options, environment));

        // A library that does not load is reported by the command that needs it; here it only names no variables.
        Register(ModelLibraryLoader.Load(options.ModelLibrary).Library, environment);
    }

    /// <summary>Remembers the values of the API-key variables <paramref name="library"/> names.</summary>
    public static void Register(ModelLibrary? library, ProcessEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (library is null)
        {
            return;
        }

        SecretScrubber.Remember(library.Models
            .Select(model => model.ApiKeyVariable)
            .OfType<string>()
            .Select(environment.Variable));
    }
}
