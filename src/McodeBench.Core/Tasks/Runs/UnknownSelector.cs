namespace McodeBench.Core.Tasks.Runs;

/// <summary>A selector that matched nothing, with the closest existing keys (or tags) to suggest.</summary>
/// <param name="Kind">What was selected: <c>prompt</c>, <c>model</c> or <c>trial</c>.</param>
public sealed record UnknownSelector(string Kind, string Selector, IReadOnlyList<string> CloseMatches)
{
    public override string ToString()
    {
        var what = RunSpec.TagPrefix.Length < Selector.Length && Selector.StartsWith(RunSpec.TagPrefix, StringComparison.OrdinalIgnoreCase)
            ? $"{Kind} tag '{Selector[RunSpec.TagPrefix.Length..]}' is on no {Kind}"
            : KeySelector.IsPattern(Selector) ? $"{Kind} pattern '{Selector}' matches no {Kind}" : $"unknown {Kind} '{Selector}'";
        return CloseMatches.Count == 0 ? what : $"{what} (did you mean {string.Join(", ", CloseMatches)}?)";
    }
}
