using Microsoft.Extensions.AI;

namespace McodeBench.Core.Models.Accounting;

/// <summary>Reads the <see cref="CallUsage"/> the accounting middleware attached.</summary>
public static class CallUsageExtensions
{
    /// <summary>The usage of this response, or null when it did not pass the accounting middleware.</summary>
    public static CallUsage? GetCallUsage(this ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.AdditionalProperties?.TryGetValue(ChatOptionKeys.CallUsage, out var value) == true ? value as CallUsage : null;
    }

    /// <summary>The usage carried by the last update of a stream, or null on every other update.</summary>
    public static CallUsage? GetCallUsage(this ChatResponseUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.AdditionalProperties?.TryGetValue(ChatOptionKeys.CallUsage, out var value) == true ? value as CallUsage : null;
    }
}
