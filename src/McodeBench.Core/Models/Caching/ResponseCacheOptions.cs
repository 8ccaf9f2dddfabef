using Microsoft.Extensions.Logging;

namespace McodeBench.Core.Models.Caching;

/// <summary>Settings of one model's response cache.</summary>
/// <param name="Endpoint">The model's endpoint (or another stable provider name); part of the key.</param>
/// <param name="ModelId">The model id; part of the key.</param>
public sealed record ResponseCacheOptions(string Endpoint, string ModelId)
{
    /// <summary>How long an entry stays valid; null keeps it until cleared.</summary>
    public TimeSpan? TimeToLive { get; init; }

    /// <summary>Where a failure to store an entry is reported (the paid-for response is still returned).</summary>
    public ILogger? Logger { get; init; }
}
