namespace McodeBench.Core.Scoring;

/// <summary>
/// COR/INC/PAR/MIS/SPU counts of one scheme and the figures derived from them. POS = COR + INC + PAR + MIS,
/// ACT = COR + INC + PAR + SPU, P = (COR + ½·PAR) / ACT, R = (COR + ½·PAR) / POS (PAR is only ever non-zero in the
/// partial scheme, so this is COR / ACT and COR / POS elsewhere). Undefined figures are null, never 0 or 1.
/// </summary>
public sealed record OutcomeCounts(int Cor, int Inc, int Par, int Mis, int Spu)
{
    public static OutcomeCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public int Pos => Cor + Inc + Par + Mis;

    public int Act => Cor + Inc + Par + Spu;

    /// <summary>Null (undefined) when ACT = 0.</summary>
    public double? Precision => Act == 0 ? null : Credit / Act;

    /// <summary>Null (undefined) when POS = 0.</summary>
    public double? Recall => Pos == 0 ? null : Credit / Pos;

    public double? F1 => F1From(Precision, Recall);

    private double Credit => Cor + (0.5 * Par);

    /// <summary>F1 = 2·P·R / (P + R); undefined when both are undefined, 0 when exactly one is or when P + R = 0.</summary>
    public static double? F1From(double? precision, double? recall) => (precision, recall) switch
    {
        (null, null) => null,
        (null, _) or (_, null) => 0,
        ({ } p, { } r) when p + r == 0 => 0,
        ({ } p, { } r) => 2 * p * r / (p + r),
    };

    public OutcomeCounts Add(OutcomeClass outcome) => outcome switch
    {
        OutcomeClass.Cor => this with { Cor = Cor + 1 },
        OutcomeClass.Inc => this with { Inc = Inc + 1 },
        OutcomeClass.Par => this with { Par = Par + 1 },
        OutcomeClass.Mis => this with { Mis = Mis + 1 },
        OutcomeClass.Spu => this with { Spu = Spu + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome class."),
    };

    public OutcomeCounts Add(OutcomeCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Cor + other.Cor, Inc + other.Inc, Par + other.Par, Mis + other.Mis, Spu + other.Spu);
    }
}
