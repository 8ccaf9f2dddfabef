namespace McodeBench.Web.Pages.Results;

/// <summary>The results tables' text filter: every word of the filter must occur in one of the row's texts (case-insensitive).</summary>
public static class ResultsFilter
{
    public static bool Matches(string? filter, params string?[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (string.IsNullOrWhiteSpace(filter))
        {
            return true;
        }

        return filter.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(word => texts.Any(text => text?.Contains(word, StringComparison.OrdinalIgnoreCase) == true));
    }
}
