using System.Text.Json;
using McodeBench.Core.Reports;
using McodeBench.Core.Scoring;
using McodeBench.Core.Tasks.Runs;

namespace McodeBench.Cli;

/// <summary>Writes <c>--json-summary</c>: the run spec, the leaderboard and each combination's aggregates (undefined → null).</summary>
internal static class RunSummaryWriter
{
    public static async Task WriteAsync(string path, RunSpec spec, IReadOnlyList<LeaderboardRow> rows, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, new { run = spec, leaderboard = rows }, ScoringJson.Options, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
