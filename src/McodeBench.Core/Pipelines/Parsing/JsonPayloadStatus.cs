namespace McodeBench.Core.Pipelines.Parsing;

/// <summary>What <see cref="JsonPayloadLocator"/> found in a model output.</summary>
internal enum JsonPayloadStatus
{
    /// <summary>Nothing that starts like a JSON object or array.</summary>
    NotFound,

    /// <summary>A balanced object or array that is not valid JSON.</summary>
    Malformed,

    /// <summary>An object or array that the output never closes (usually a cut-off output).</summary>
    Incomplete,

    /// <summary>Valid JSON.</summary>
    Parsed,
}
