namespace McodeBench.Core.Annotations;

/// <summary>A coded value: a terminology system (canonical URI, see <c>CodeSystems</c>) and a code in it.</summary>
public sealed record CodeRef(string System, string Code, string? Display = null);
