namespace McodeBench.Core.Library;

/// <summary>Prices in US dollars per million tokens.</summary>
public sealed record ModelPricing(decimal InputPerMillion, decimal OutputPerMillion)
{
    public static ModelPricing Free { get; } = new(0m, 0m);

    public decimal Cost(long inputTokens, long outputTokens) =>
        ((inputTokens * InputPerMillion) + (outputTokens * OutputPerMillion)) / 1_000_000m;
}
