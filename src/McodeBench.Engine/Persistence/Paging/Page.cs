namespace McodeBench.Engine.Persistence.Paging;

/// <summary>One page of a list: the items from <see cref="Offset"/>, at most <see cref="Limit"/>, and how many match in all.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit)
{
    public bool HasMore => Offset + Items.Count < Total;
}
