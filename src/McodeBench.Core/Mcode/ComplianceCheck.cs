namespace McodeBench.Core.Mcode;

/// <summary>The mCODE STU4 checks a predicted mapping goes through (see <see cref="ComplianceChecker"/>).</summary>
public enum ComplianceCheck
{
    /// <summary>The element name (or an alias) resolves to an STU4 profile.</summary>
    ElementResolves,

    /// <summary>The mapping carries a value or a code.</summary>
    ValueOrCodePresent,

    /// <summary>A code's system is one the element's binding expects. Applies to coded mappings of resolved elements with expected systems.</summary>
    CodeSystemExpected,

    /// <summary>A code is in the element's bound value set. Applies only where the reference data enumerates that value set.</summary>
    CodeInValueSet,
}
