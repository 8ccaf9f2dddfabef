using System.Security.Cryptography;
using System.Text;

namespace McodeBench.Web.Security;

/// <summary>The tracker's access token. Compared in constant time; its value is never shown, logged or echoed.</summary>
public sealed class AccessToken
{
    public const int MinimumLength = 16;

    private readonly byte[] hash;

    public AccessToken(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        IsTooShort = value.Length < MinimumLength;
    }

    public bool IsTooShort { get; }

    /// <summary>True when <paramref name="candidate"/> is the token; takes the same time whatever it is.</summary>
    public bool Matches(string? candidate)
    {
        if (string.IsNullOrEmpty(candidate))
        {
            return false;
        }

        // Hashing first makes both sides the same length, so the comparison leaks neither content nor length.
        return CryptographicOperations.FixedTimeEquals(hash, SHA256.HashData(Encoding.UTF8.GetBytes(candidate.Trim())));
    }

    public override string ToString() => "(access token)";
}
