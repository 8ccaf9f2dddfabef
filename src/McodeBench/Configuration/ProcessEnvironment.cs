using System.Collections;

namespace McodeBench.Configuration;

/// <summary>
/// What the host reads from the process around it: environment variables, the folder the binary (and its bundled
/// <c>appsettings.json</c> and samples) lives in, and the current folder that relative paths are resolved against.
/// Tests pass their own so that nothing they do depends on, or changes, the real process environment.
/// </summary>
public sealed record ProcessEnvironment(IReadOnlyDictionary<string, string> Variables, string BaseDirectory, string CurrentDirectory)
{
    /// <summary>The bundled samples, copied next to the binary by the build.</summary>
    public string SamplesFolder => Path.Combine(BaseDirectory, "samples");

    /// <summary>The environment of this process.</summary>
    public static ProcessEnvironment Current()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && entry.Value is string value)
            {
                variables[name] = value;
            }
        }

        return new ProcessEnvironment(variables, AppContext.BaseDirectory, Directory.GetCurrentDirectory());
    }

    public string? Variable(string name) => Variables.TryGetValue(name, out var value) ? value : null;

    /// <summary>A path as the user wrote it, made absolute against <see cref="CurrentDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, CurrentDirectory);
}
