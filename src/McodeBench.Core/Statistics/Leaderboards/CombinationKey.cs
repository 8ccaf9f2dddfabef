using McodeBench.Core.Tasks;

namespace McodeBench.Core.Statistics.Leaderboards;

/// <summary>
/// A prompt × model combination, spelled exactly as <c>LeaderboardRow</c> spells it (pipeline "direct" or "two-step",
/// prompts joined with " → "), so statistics join to leaderboard rows by <c>new CombinationKey(row.Pipeline, row.Prompts, row.Model)</c>.
/// </summary>
public sealed record CombinationKey(string Pipeline, string Prompts, string Model)
{
    public static CombinationKey Of(BenchmarkTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new(task.Pipeline == PipelineKind.TwoStep ? "two-step" : "direct", string.Join(" → ", task.PromptKeys), task.ModelKey);
    }

    public override string ToString() => $"{Pipeline} {Prompts} on {Model}";
}
