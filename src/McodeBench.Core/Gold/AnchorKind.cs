namespace McodeBench.Core.Gold;

/// <summary>How an imported entity was placed in its trial's text.</summary>
public enum AnchorKind
{
    /// <summary>The offsets in the source file already pointed at the text.</summary>
    AsGiven,

    /// <summary>Moved to an exact occurrence of the text.</summary>
    Exact,

    /// <summary>Moved to an occurrence that differs only in letter case; the entity takes the trial's spelling.</summary>
    CaseInsensitive,

    /// <summary>The text occurs nowhere in the trial; the entity is left out and reported.</summary>
    Unplaced,
}
