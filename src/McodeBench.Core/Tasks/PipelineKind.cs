namespace McodeBench.Core.Tasks;

/// <summary>How a benchmark task turns trial text into mCODE mappings.</summary>
public enum PipelineKind
{
    /// <summary>Extraction prompt → entities, then mapping prompt → mappings: two model calls.</summary>
    TwoStep,

    /// <summary>One direct prompt → mappings: one model call.</summary>
    Direct,
}
