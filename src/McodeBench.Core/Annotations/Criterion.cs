namespace McodeBench.Core.Annotations;

/// <summary>Which part of the eligibility criteria a mention belongs to.</summary>
public enum Criterion
{
    None,
    Inclusion,
    Exclusion,
}
