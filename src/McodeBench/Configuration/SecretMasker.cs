using System.Text.RegularExpressions;
using McodeBench.Core.Pipelines;

namespace McodeBench.Configuration;

/// <summary>
/// Decides what of a configuration value may be shown: a value whose key names a secret (key, token, secret,
/// password) is masked whole, a connection string keeps everything but its password-like parts, and anything else
/// still goes through Core's <see cref="SecretScrubber"/> in case a credential was pasted where it does not belong.
/// </summary>
public static partial class SecretMasker
{
    public const string Mask = SecretScrubber.Mask;

    private static readonly string[] SecretWords = ["key", "token", "secret", "password"];

    /// <summary>True for names (configuration keys, environment variables) that say they hold a secret.</summary>
    public static bool IsSecretName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True for connection-string keywords that hold a secret; <c>Pwd</c> is one there (ADO.NET's short Password),
    /// though <c>PWD</c> as an environment variable is only the working folder.
    /// </summary>
    public static bool IsSecretKeyword(string keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        return IsSecretName(keyword) || string.Equals(keyword.Trim(), "pwd", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The value as <c>config show</c> prints it.</summary>
    public static string Display(string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (IsSecretName(key))
        {
            return Mask;
        }

        return string.Equals(LastSegment(key), SettingNames.Database, StringComparison.OrdinalIgnoreCase) || LooksLikeConnectionString(value)
            ? MaskConnectionString(value)
            : SecretScrubber.Scrub(value);
    }

    /// <summary>
    /// <c>Host=db;Username=app;Password=s3cret</c> → <c>Host=db;Username=app;Password=***</c>; a URL's password
    /// (<c>postgres://app:s3cret@db/x</c>) is masked too.
    /// </summary>
    public static string MaskConnectionString(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var masked = SecretPair().Replace(connectionString, match =>
            IsSecretKeyword(match.Groups["name"].Value) ? match.Groups["lead"].Value + match.Groups["name"].Value + match.Groups["eq"].Value + Mask : match.Value);
        masked = UrlPassword().Replace(masked, match => match.Groups["user"].Value + ":" + Mask + "@");
        return SecretScrubber.Scrub(masked);
    }

    private static bool LooksLikeConnectionString(string value) => value.Contains('=', StringComparison.Ordinal) && value.Contains(';', StringComparison.Ordinal);

    private static string LastSegment(string key)
    {
        var at = key.LastIndexOf(':');
        return at < 0 ? key : key[(at + 1)..];
    }

    // name=value pairs separated by ';'; a value may be quoted ("a;b" or 'a;b', doubled quotes inside).
    [GeneratedRegex(@"(?<lead>(?:^|;)\s*)(?<name>[^=;]+?)(?<eq>\s*=\s*)(?<value>""(?:[^""]|"""")*""|'(?:[^']|'')*'|[^;]*)", RegexOptions.CultureInvariant)]
    private static partial Regex SecretPair();

    [GeneratedRegex(@"(?<=://)(?<user>[^:/@\s]+):(?<password>[^@/\s]+)@", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPassword();
}
