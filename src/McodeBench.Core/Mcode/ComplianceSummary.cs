namespace McodeBench.Core.Mcode;

/// <summary>
/// Compliance of a set of predicted mappings: how many were checked, how many passed all their checks, and how many
/// failed each check (keyed by wire name, every check listed). Sums over tasks with <see cref="Add"/>.
/// </summary>
public sealed record ComplianceSummary(int Mappings, int Passing, IReadOnlyDictionary<string, int> FailuresByCheck)
{
    public static ComplianceSummary Empty { get; } = new(0, 0, ComplianceCheckNames.All.ToDictionary(c => c.ToWireName(), _ => 0));

    /// <summary>Share of mappings passing all their checks; null (undefined) when there are no mappings.</summary>
    public double? Compliance => Mappings == 0 ? null : (double)Passing / Mappings;

    public ComplianceSummary Add(ComplianceSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var failures = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (check, count) in FailuresByCheck.Concat(other.FailuresByCheck))
        {
            failures[check] = failures.GetValueOrDefault(check) + count;
        }

        return new ComplianceSummary(Mappings + other.Mappings, Passing + other.Passing, failures);
    }
}
