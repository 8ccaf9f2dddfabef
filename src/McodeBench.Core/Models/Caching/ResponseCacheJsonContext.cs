using System.Text.Json.Serialization;

namespace McodeBench.Core.Models.Caching;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(ResponseCacheEntry))]
internal sealed partial class ResponseCacheJsonContext : JsonSerializerContext;
