using System.Globalization;

namespace McodeBench.Core.Tasks.Runs;

/// <summary>A selector that matched nothing, with the closest existing keys (or tags) to suggest.</summary>
/// <param name="Kind">What was selected: <c>prompt</c>, <c>model</c> or <c>trial</c>.</param>
/// <param name="Known">
/// The keys (or tags) that could have been selected, so that a selector with no close match still tells the user what
/// to type instead; null or empty when the library has none.
/// </param>
public sealed record UnknownSelector(string Kind, string Selector, IReadOnlyList<string> CloseMatches, IReadOnlyList<string>? Known = null)
{
    /// <summary>At most this many known keys are listed; the rest are counted.</summary>
    public const int MaxListed = 12;

    public override string ToString()
    {
        var isTag = RunSpec.TagPrefix.Length < Selector.Length && Selector.StartsWith(RunSpec.TagPrefix, StringComparison.OrdinalIgnoreCase);
        var what = isTag
            ? $"{Kind} tag '{Selector[RunSpec.TagPrefix.Length..]}' is on no {Kind}"
            : KeySelector.IsPattern(Selector) ? $"{Kind} pattern '{Selector}' matches no {Kind}" : $"unknown {Kind} '{Selector}'";
        if (CloseMatches.Count > 0)
        {
            return $"{what} (did you mean {string.Join(", ", CloseMatches)}?)";
        }

        if (Known is not { Count: > 0 } known)
        {
            return what;
        }

        var listed = string.Join(", ", known.Take(MaxListed));
        var more = known.Count > MaxListed ? $" and {(known.Count - MaxListed).ToString(CultureInfo.InvariantCulture)} more" : string.Empty;
        return $"{what} (the {Kind} {(isTag ? "tags" : "keys")} are {listed}{more})";
    }
}
