using McodeBench.Core.Pipelines;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace McodeBench.Engine.Persistence.Conversions;

/// <summary>Stores a <see cref="FailureClass"/> under its wire name (<c>rate_limited</c>), the name reports and JSON use.</summary>
public sealed class FailureClassConverter() : ValueConverter<FailureClass, string>(
    value => value.ToWireName(),
    stored => Parse(stored))
{
    public static FailureClass Parse(string stored) =>
        FailureClassNames.FromWireName(stored)
        ?? throw new InvalidOperationException($"Unknown failure class '{stored}' in the database; expected one of {string.Join(", ", Enum.GetValues<FailureClass>().Select(f => f.ToWireName()))}.");
}
