using McodeBench.Core.Annotations;

namespace McodeBench.Core.Mcode;

/// <summary>The checks that applied to one predicted mapping and their outcomes; checks that did not apply are absent.</summary>
public sealed record MappingCompliance(Mapping Mapping, IReadOnlyList<ComplianceCheckResult> Checks)
{
    /// <summary>True when the mapping passed every check that applied to it.</summary>
    public bool Passed => Checks.All(check => check.Passed);

    public IEnumerable<ComplianceCheck> Failed => Checks.Where(check => !check.Passed).Select(check => check.Check);
}
