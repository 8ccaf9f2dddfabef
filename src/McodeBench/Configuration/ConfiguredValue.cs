namespace McodeBench.Configuration;

/// <summary>One line of <c>config show</c>: a key, its effective value as it may be shown, and where the value came from.</summary>
/// <param name="Value">The value with secrets masked (see <see cref="SecretMasker"/>).</param>
/// <param name="Source">The appsettings file, environment variable or command-line option that set it, or <c>default</c>.</param>
/// <param name="Known">False for a key the host does not use (probably a typo, or meant for another program).</param>
public sealed record ConfiguredValue(string Key, string Value, string Source, bool Known = true)
{
    public const string DefaultSource = "default";
}
