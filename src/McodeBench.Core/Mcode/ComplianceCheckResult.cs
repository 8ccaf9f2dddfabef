namespace McodeBench.Core.Mcode;

/// <summary>The outcome of one applicable check on one mapping.</summary>
public sealed record ComplianceCheckResult(ComplianceCheck Check, bool Passed);
