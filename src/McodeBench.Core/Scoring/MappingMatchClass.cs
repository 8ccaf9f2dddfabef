namespace McodeBench.Core.Scoring;

/// <summary>How well a predicted mapping fits a gold mapping, in the order alignment prefers (higher is better).</summary>
public enum MappingMatchClass
{
    /// <summary>Different element families: the two cannot be aligned.</summary>
    None = 0,

    /// <summary>Same element family, but neither the strict nor the lenient value test passes (INC in both schemes).</summary>
    SameFamily = 1,

    /// <summary>Passes the lenient test only.</summary>
    Lenient = 2,

    /// <summary>Passes the strict test (and therefore the lenient one).</summary>
    Strict = 3,
}
