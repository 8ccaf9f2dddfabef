namespace McodeBench.Engine.Results;

/// <summary>The trial attribute a stored run's results are stratified by (<see cref="TrialStrata"/>).</summary>
public enum StratumDimension
{
    /// <summary>The trial's first listed condition (CT.gov lists the primary one first), lower-cased.</summary>
    Condition,

    /// <summary>The trial's phases joined by "/" (e.g. "PHASE1/PHASE2"), or "NA" when it gives none.</summary>
    Phase,

    /// <summary>The text-length third ("short", "medium", "long") of the text the model sees.</summary>
    Length,
}
