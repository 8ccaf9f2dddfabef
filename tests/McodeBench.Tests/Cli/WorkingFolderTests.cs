using System.Diagnostics;
using McodeBench.Tests.Support;

namespace McodeBench.Tests.Cli;

/// <summary>
/// Every relative path resolves from the folder the user ran the command in: inside the host (against the process
/// environment's current folder, never the binary's or the project's folder) and under <c>dotnet run --project</c>,
/// which starts the program in the folder MSBuild was started in (RunWorkingDirectory in McodeBench.csproj).
/// </summary>
public sealed class WorkingFolderTests : IDisposable
{
    private readonly CliHarness harness = new();

    [Fact]
    public async Task A_relative_json_summary_is_written_in_the_current_folder()
    {
        var result = await harness.RunAsync("run", "--trials", "NCT99000001", "--json-summary", "summary.json");

        Assert.Equal(0, result.Exit);
        Assert.True(File.Exists(Path.Combine(harness.WorkDirectory, "summary.json")), result.Out + result.Error);
        Assert.Contains("Wrote " + Path.Combine(harness.WorkDirectory, "summary.json"), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_data_folder_is_in_the_current_folder()
    {
        var result = await harness.RunAsync("config", "show");

        Assert.Equal(0, result.Exit);
        Assert.Contains(harness.DataDir, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dotnet_run_starts_the_host_in_the_folder_the_command_was_typed_in()
    {
        var project = HostProject();
        Assert.SkipWhen(project is null, "The source tree (src/McodeBench/McodeBench.csproj) is not next to this test build.");

        // MSBuild evaluates RunWorkingDirectory as `dotnet run` does; asked from another folder it must name that folder.
        var start = new ProcessStartInfo("dotnet", ["msbuild", project!, "-getProperty:RunWorkingDirectory", "-nologo"])
        {
            WorkingDirectory = harness.WorkDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(Path.TrimEndingDirectorySeparator(harness.WorkDirectory), Path.TrimEndingDirectorySeparator(output.Trim()));
    }

    public void Dispose() => harness.Dispose();

    private static string? HostProject()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "src", "McodeBench", "McodeBench.csproj");
            if (File.Exists(project))
            {
                return project;
            }
        }

        return null;
    }
}
