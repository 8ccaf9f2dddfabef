using McodeBench.Cli;
using McodeBench.Configuration;
using Spectre.Console.Testing;

namespace McodeBench.Tests.Support;

/// <summary>
/// Runs <c>mcodebench</c> command lines in-process as the real binary does (<see cref="McodeBenchCommandLine.InvokeAsync"/>),
/// in a temporary working folder with an environment of the test's own, so nothing depends on or changes the real one.
/// The bundled samples and appsettings.json are the ones the build copies next to the test binary.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Root = Path.Combine(Path.GetTempPath(), "mcodebench-cli-" + Guid.NewGuid().ToString("N"));
        WorkDirectory = Path.Combine(Root, "work");
        Directory.CreateDirectory(WorkDirectory);
    }

    public string Root { get; }

    /// <summary>The current folder of the simulated process; the default data folder is <c>.mcodebench</c> in it.</summary>
    public string WorkDirectory { get; }

    /// <summary>Where the bundled appsettings.json and samples are; tests that must not see them point it elsewhere.</summary>
    public string BaseDirectory { get; set; } = AppContext.BaseDirectory;

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public string DataDir => Path.Combine(WorkDirectory, ".mcodebench");

    public ProcessEnvironment Environment => new(Variables, BaseDirectory, WorkDirectory);

    /// <summary>Runs one command line to its end (cancelled with the test).</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        var output = NewConsole();
        var error = NewConsole();
        var exit = await McodeBenchCommandLine.InvokeAsync(new CommandLineContext(output, error, Environment), args, TestContext.Current.CancellationToken);
        return new CliResult(exit, output.Output, error.Output);
    }

    public static TestConsole NewConsole() => new TestConsole().Width(400);

    /// <summary>Writes a file under the working folder and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(WorkDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Everything written to the log files of the default data folder.</summary>
    public string LogText()
    {
        var folder = Path.Combine(DataDir, "logs");
        if (!Directory.Exists(folder))
        {
            return string.Empty;
        }

        return string.Concat(Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(ReadShared));

        static string ReadShared(string file)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A log file still closing on a slow machine is not worth failing a test over; the folder is in /tmp.
        }
    }
}
