using System.Net;

namespace McodeBench.Web.Security;

/// <summary>One address the tracker listens on, and whether only this machine can reach it.</summary>
public sealed record ListenAddress(string Url, string Host, bool IsLoopback)
{
    /// <summary>
    /// Reads one URL of <c>--urls</c>. Loopback means <c>localhost</c> or a loopback IP (127.0.0.0/8, ::1); wildcards
    /// (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) and every other host name or address reach beyond this machine.
    /// </summary>
    /// <exception cref="FormatException">The text is not an http or https URL; the message says what to write.</exception>
    public static ListenAddress Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.Trim();

        // Kestrel accepts wildcard hosts that System.Uri does not; replace them by a placeholder host to read the rest.
        var wildcard = text.Contains("://*", StringComparison.Ordinal) || text.Contains("://+", StringComparison.Ordinal);
        var readable = wildcard ? text.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal).Replace("://+", "://wildcard.invalid", StringComparison.Ordinal) : text;
        if (!Uri.TryCreate(readable, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new FormatException($"'{text}' is not an address to listen on; write http://HOST:PORT, for example http://127.0.0.1:5080.");
        }

        if (wildcard)
        {
            return new ListenAddress(text, "*", IsLoopback: false);
        }

        var host = uri.Host.Trim('[', ']');
        var loopback = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
        return new ListenAddress(text, host, loopback);
    }

    /// <summary>Every URL of a <c>--urls</c> value (separated by <c>;</c> as Kestrel reads them).</summary>
    public static IReadOnlyList<ListenAddress> ParseAll(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var parts = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw new FormatException("--urls is empty; give at least one address, for example http://127.0.0.1:5080.");
        }

        return parts.Select(Parse).ToList();
    }
}
