using McodeBench.Core.Mcode;

namespace McodeBench.Core.Scoring;

/// <summary>Adapts a resolving function (e.g. <c>EntityTypeAliases.Resolve</c>) to <see cref="IEntityTypeNormalizer"/>.</summary>
public sealed class DelegateEntityTypeNormalizer(Func<string, string> normalize) : IEntityTypeNormalizer
{
    private readonly Func<string, string> normalize = normalize ?? throw new ArgumentNullException(nameof(normalize));

    public string Normalize(string type) => normalize(type);
}
