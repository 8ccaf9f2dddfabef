using System.Diagnostics;
using System.Text.RegularExpressions;
using McodeBench.Core.Models.RulesBaseline;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence;
using McodeBench.Engine.Persistence.Runs;
using McodeBench.Engine.Persistence.Tasks;
using McodeBench.Simulator;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Engine;

/// <summary>
/// The crash test of issue 3: <c>mcodebench run</c> in a child process, killed by PID mid-run, then
/// <c>mcodebench resume</c> in another: every task finishes exactly once, nothing finished is run again, and no call
/// whose answer had arrived is made (and billed) twice.
/// </summary>
public sealed partial class KillAndResumeTests
{
    private const int Concurrency = 2;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_run_killed_mid_way_and_resumed_finishes_every_task_exactly_once_without_repeating_answered_calls(bool postgres)
    {
        using var harness = new CliHarness();
        await using var server = postgres ? await ThrowAwayPostgres.CreateAsync(Token) : null;
        await using var simulator = await SimulatorHost.StartAsync(
            new SimulatorOptions { ModelIds = ["simulated-gpt"], Latency = TimeSpan.FromMilliseconds(60) }, new RulesBaselineChatClient(), port: 0, cancellationToken: Token);
        var samples = CopySamplesPointingAt(harness.Root, simulator.BaseUrl);
        string[] common = server is null
            ? ["--data-dir", harness.DataDir, "--samples", samples]
            : ["--data-dir", harness.DataDir, "--samples", samples, "--db", server.ConnectionString];
        var database = server is null ? DatabaseOptions.For(harness.DataDir) : DatabaseOptions.For(harness.DataDir, server.ConnectionString);

        using var first = Start(harness, ["run", .. common, "--models", "simulated-gpt", "--repeats", "6", "--concurrency", Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var runId = await WaitForRunIdAsync(first);
        await WaitUntilCompletedAtLeastAsync(database, runId, 20);
        first.Kill(entireProcessTree: true);
        await first.WaitForExitAsync(Token);

        var atKill = await CountsAsync(database, runId);
        var total = atKill.Values.Sum();
        Assert.True(atKill.GetValueOrDefault(TrackedTaskStatus.Completed) < total, "the kill came after the run had finished; the test proves nothing");

        using var second = Start(harness, ["resume", runId, .. common]);
        var output = await second.StandardOutput.ReadToEndAsync(Token);
        await second.WaitForExitAsync(Token);

        Assert.True(second.ExitCode == 0, output + await second.StandardError.ReadToEndAsync(Token));
        await using var stored = await BenchDatabase.OpenAsync(database, cancellationToken: Token);
        var run = await stored.Runs.GetAsync(runId, Token);
        Assert.Equal(RunStatus.Completed, run!.Status);
        var tasks = await stored.Tasks.ListAsync(new TaskQuery { RunId = runId, Limit = 10_000 }, Token);
        Assert.Equal(total, tasks.Total);
        foreach (var task in tasks.Items)
        {
            Assert.Equal(TrackedTaskStatus.Completed, task.Task.Status);
            var attempts = await stored.Tasks.AttemptsAsync(task.Task.Id, Token);
            Assert.Single(attempts, a => a.EndedAs == AttemptEnd.Completed);
        }

        // Two calls per task; a call in flight when the process died may be made again (its answer never arrived),
        // at most one per running task. Every answered call was cached in the database and is not repeated.
        var answered = simulator.Counters.Completed;
        Assert.InRange(answered, 2 * total, 2 * total + (2 * Concurrency));
    }

    private static Process Start(CliHarness harness, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = harness.WorkDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mcodebench.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    private static async Task<string> WaitForRunIdAsync(Process process)
    {
        while (await process.StandardOutput.ReadLineAsync(Token) is { } line)
        {
            if (RunStarted().Match(line) is { Success: true } match)
            {
                // Keep draining the output so the child never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return match.Groups["id"].Value;
            }
        }

        throw new InvalidOperationException("mcodebench run ended without starting a run: " + await process.StandardError.ReadToEndAsync(Token));
    }

    private static async Task WaitUntilCompletedAtLeastAsync(DatabaseOptions database, string runId, int completed)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((await CountsAsync(database, runId)).GetValueOrDefault(TrackedTaskStatus.Completed) < completed)
        {
            Assert.True(DateTime.UtcNow < deadline, $"run {runId} did not complete {completed} tasks in time");
            await Task.Delay(100, Token);
        }
    }

    private static async Task<IReadOnlyDictionary<TrackedTaskStatus, int>> CountsAsync(DatabaseOptions options, string runId)
    {
        await using var database = await BenchDatabase.OpenAsync(options, workerId: "observer", cancellationToken: Token);
        return await database.Tasks.CountByStatusAsync(runId, Token);
    }

    /// <summary>The bundled samples with the simulated model pointed at this test's simulator.</summary>
    private static string CopySamplesPointingAt(string root, Uri simulator)
    {
        var target = Path.Combine(root, "samples");
        foreach (var file in Directory.EnumerateFiles(CliHarness.Samples, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(CliHarness.Samples, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var models = Path.Combine(target, "models.json");
        File.WriteAllText(models, File.ReadAllText(models).Replace("http://127.0.0.1:5199/v1", simulator.ToString().TrimEnd('/'), StringComparison.Ordinal));
        return target;
    }

    [GeneratedRegex(@"Run (?<id>[a-z0-9-]+) started")]
    private static partial Regex RunStarted();
}
