using McodeBench.Core.Annotations;

namespace McodeBench.Core.Trials;

/// <summary>
/// A stretch of eligibility text [<see cref="Start"/>, <see cref="End"/>) that belongs to one <see cref="Criterion"/>,
/// starting at the header line that opened it (<see cref="Header"/>, null for text before any header).
/// </summary>
public sealed record CriterionRange(Criterion Criterion, int Start, int End, string? Header)
{
    public bool Contains(int offset) => offset >= Start && offset < End;
}
