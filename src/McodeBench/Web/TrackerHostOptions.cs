using McodeBench.Configuration;

namespace McodeBench.Web;

/// <summary>How <see cref="TrackerHost"/> builds the web tracker.</summary>
public sealed record TrackerHostOptions
{
    /// <summary>The addresses to listen on, separated by <c>;</c> (Kestrel's <c>--urls</c>).</summary>
    public required string Urls { get; init; }

    /// <summary>The access token; required when an address is not loopback. Never shown or logged.</summary>
    public string? AccessToken { get; init; }

    /// <summary>The process environment: API-key variables are checked for presence (never read out) against it.</summary>
    public required ProcessEnvironment Environment { get; init; }

    /// <summary>The effective configuration and its sources, for the Configuration page; null in tests that do not need it.</summary>
    public ConfigurationLoadResult? Configuration { get; init; }

    /// <summary>The address a default <c>mcodebench serve</c> listens on.</summary>
    public static string LoopbackUrl(int port) => FormattableString.Invariant($"http://127.0.0.1:{port}");
}
