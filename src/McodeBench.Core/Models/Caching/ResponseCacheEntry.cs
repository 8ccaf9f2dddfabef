using System.Text.Json;
using System.Text.RegularExpressions;

namespace McodeBench.Core.Models.Caching;

/// <summary>The stored form of one cache entry (the JSON of one file in the file-system store).</summary>
internal sealed partial record ResponseCacheEntry(
    string Key,
    CachedResponse Response,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt)
{
    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } expires && expires <= now;

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, ResponseCacheJsonContext.Default.ResponseCacheEntry);

    public static ResponseCacheEntry? FromUtf8Json(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, ResponseCacheJsonContext.Default.ResponseCacheEntry);

    public ResponseCacheEntryInfo ToInfo(long sizeBytes) => new(Key, Response.ModelId, CreatedAt, ExpiresAt, sizeBytes);

    public static ResponseCacheEntry Create(string key, CachedResponse response, TimeSpan? timeToLive, DateTimeOffset now) =>
        new(ValidateKey(key), response, now, timeToLive is { } ttl ? now + ttl : null);

    /// <summary>Keys become file names, so only a safe alphabet is accepted (hex SHA-256 keys always are).</summary>
    public static string ValidateKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!SafeKey().IsMatch(key))
        {
            throw new ArgumentException($"Cache key '{key}' must be 1-128 characters of letters, digits, '-' or '_'.", nameof(key));
        }

        return key;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}$")]
    private static partial Regex SafeKey();
}
