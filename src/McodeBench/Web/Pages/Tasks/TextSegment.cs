namespace McodeBench.Web.Pages.Tasks;

/// <summary>A run of the trial text with the same marks over all of it (none for plain text).</summary>
public sealed record TextSegment(string Text, IReadOnlyList<SpanMark> Marks)
{
    public bool IsMarked => Marks.Count > 0;

    /// <summary>The CSS classes: <c>mcb-span</c> and one <c>mcb-span-OUTCOME</c> per distinct outcome, gold marks first.</summary>
    public string CssClass => "mcb-span " + string.Join(' ', Marks.OrderByDescending(m => m.IsGold).Select(m => SpanOutcomes.CssClass(m.Outcome)).Distinct(StringComparer.Ordinal));

    public string Title => string.Join("; ", Marks.Select(m => m.Describe()));
}
