namespace McodeBench.Core.Reports.Exporters;

/// <summary>What an <see cref="ExportCell"/> holds, so each format writes it as its own kind of value.</summary>
public enum ExportCellKind
{
    /// <summary>No value: undefined or not applicable. CSV writes an empty cell, JSON null, Markdown "—"; never 0.</summary>
    Empty,

    /// <summary>Text (keys, names, statuses). The only kind CSV protects against formula injection.</summary>
    Text,

    WholeNumber,

    /// <summary>A score, rate or duration.</summary>
    Number,

    /// <summary>US dollars, exact.</summary>
    Money,

    Boolean,

    /// <summary>A UTC time.</summary>
    Timestamp,
}
