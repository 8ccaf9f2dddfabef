using McodeBench.Configuration;

namespace McodeBench.Web.Security;

/// <summary>
/// Who may use the tracker: anyone on this machine when it listens on loopback only and no token is set; otherwise
/// only those who present the access token. Listening beyond this machine without a token is refused outright.
/// </summary>
public sealed class AccessPolicy
{
    private AccessPolicy(IReadOnlyList<ListenAddress> addresses, AccessToken? token)
    {
        Addresses = addresses;
        Token = token;
    }

    public IReadOnlyList<ListenAddress> Addresses { get; }

    /// <summary>The token every request must present; null when the tracker is open to this machine.</summary>
    public AccessToken? Token { get; }

    public bool RequiresToken => Token is not null;

    public bool LoopbackOnly => Addresses.All(a => a.IsLoopback);

    /// <exception cref="TrackerStartRefusedException">An address is not loopback and no token is configured, or an address cannot be read.</exception>
    public static AccessPolicy For(string urls, string? accessToken)
    {
        IReadOnlyList<ListenAddress> addresses;
        try
        {
            addresses = ListenAddress.ParseAll(urls);
        }
        catch (FormatException error)
        {
            throw new TrackerStartRefusedException(error.Message, error);
        }

        var token = string.IsNullOrWhiteSpace(accessToken) ? null : new AccessToken(accessToken.Trim());
        var exposed = addresses.Where(a => !a.IsLoopback).ToList();
        if (exposed.Count > 0 && token is null)
        {
            throw new TrackerStartRefusedException(
                $"The tracker would listen on {string.Join(", ", exposed.Select(a => a.Url))}, which other machines can reach, and no access token is set. "
                + $"Set one ({SettingNames.AccessToken} in appsettings.json or the environment variable {SettingNames.EnvironmentPrefix}ACCESS_TOKEN; at least {AccessToken.MinimumLength} characters) "
                + "so only people who have it can see and control runs, or listen on this machine only (--urls http://127.0.0.1:5080).");
        }

        if (token is { IsTooShort: true })
        {
            throw new TrackerStartRefusedException(
                $"The access token is shorter than {AccessToken.MinimumLength} characters, which is too easy to guess; set a longer {SettingNames.AccessToken} (for example the output of `openssl rand -hex 24`).");
        }

        return new AccessPolicy(addresses, token);
    }
}
