namespace McodeBench.Core.Gold;

/// <summary>What a discontinuous brat annotation (<c>T1 Type 0 5;9 14</c>) becomes; McodeBench spans are contiguous.</summary>
public enum DiscontinuousSpanRule
{
    /// <summary>One entity over the full extent, from the first fragment's start to the last one's end (the default).</summary>
    FullExtent,

    /// <summary>One entity per fragment, each with its own text and span, the same type and attributes.</summary>
    Fragments,
}
