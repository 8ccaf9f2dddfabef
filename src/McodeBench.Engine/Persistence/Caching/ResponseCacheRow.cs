namespace McodeBench.Engine.Persistence.Caching;

/// <summary>One response-cache entry (table <c>response_cache</c>); the payload is the file store's JSON, byte for byte.</summary>
public sealed class ResponseCacheRow
{
    public required string Key { get; set; }

    public string? ModelId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ExpiresUtc { get; set; }

    public long SizeBytes { get; set; }

    public required byte[] Payload { get; set; }
}
