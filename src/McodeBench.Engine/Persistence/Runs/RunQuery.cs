namespace McodeBench.Engine.Persistence.Runs;

/// <summary>Which runs to list and in what order; <see cref="SortBy"/> names any column of the runs table.</summary>
public sealed record RunQuery
{
    public IReadOnlyCollection<RunStatus>? Statuses { get; init; }

    public string SortBy { get; init; } = nameof(RunRow.CreatedUtc);

    public bool Descending { get; init; } = true;

    public int Offset { get; init; }

    public int Limit { get; init; } = 50;
}
