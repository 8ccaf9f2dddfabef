namespace McodeBench.Core.Tests.Samples;

/// <summary>A gold mapping as the sample file states it (system and code null when the mapping has no code).</summary>
public sealed record SampleGoldMapping(string Element, string Value, string? System, string? Code, string EntityId);
