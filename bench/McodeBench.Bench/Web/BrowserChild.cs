using System.Diagnostics;
using System.Globalization;

namespace McodeBench.Bench.Web;

/// <summary>The harness's handle on a browser child process (this executable run with <c>web-browser</c>).</summary>
internal sealed class BrowserChild : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BrowserChild(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Take(e.Data);
        process.ErrorDataReceived += (_, e) => Take(e.Data is null ? null : "stderr: " + e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
            {
                return lines.ToList();
            }
        }
    }

    public bool HasExited => process.HasExited;

    public static async Task<BrowserChild> StartAsync(Uri baseUrl, string runPath, TimeSpan duration, TimeSpan reload, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("The harness cannot find its own executable to start the browser."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BrowserChildMain.Command);
        start.ArgumentList.Add(baseUrl.ToString());
        start.ArgumentList.Add(runPath);
        start.ArgumentList.Add(duration.TotalMinutes.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(reload.TotalSeconds.ToString(CultureInfo.InvariantCulture));
        var child = new BrowserChild(Process.Start(start) ?? throw new InvalidOperationException("The browser process did not start."));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await child.ready.Task.WaitAsync(timeout.Token);
        return child;
    }

    private void Take(string? line)
    {
        if (line is null)
        {
            ready.TrySetException(new InvalidOperationException("The browser process ended before it was ready: " + string.Join(" | ", Lines)));
            return;
        }

        Console.WriteLine("    [browser] " + line);
        lock (lines)
        {
            lines.Add(line);
        }

        if (line == "ready")
        {
            ready.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }
}
