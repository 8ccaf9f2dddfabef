namespace McodeBench.Core.Mcode;

/// <summary>Wire names (snake_case) of <see cref="ComplianceCheck"/> values, as reports and exports show them.</summary>
public static class ComplianceCheckNames
{
    public const string ElementResolves = "element_resolves";
    public const string ValueOrCodePresent = "value_or_code_present";
    public const string CodeSystemExpected = "code_system_expected";
    public const string CodeInValueSet = "code_in_value_set";

    /// <summary>Every check in the order reports list them.</summary>
    public static IReadOnlyList<ComplianceCheck> All { get; } =
        [ComplianceCheck.ElementResolves, ComplianceCheck.ValueOrCodePresent, ComplianceCheck.CodeSystemExpected, ComplianceCheck.CodeInValueSet];

    public static string ToWireName(this ComplianceCheck check) => check switch
    {
        ComplianceCheck.ElementResolves => ElementResolves,
        ComplianceCheck.ValueOrCodePresent => ValueOrCodePresent,
        ComplianceCheck.CodeSystemExpected => CodeSystemExpected,
        ComplianceCheck.CodeInValueSet => CodeInValueSet,
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, "Unknown compliance check."),
    };
}
