using McodeBench.Core.Library;
using McodeBench.Core.Models.RulesBaseline;
using McodeBench.Simulator;

namespace McodeBench.Cli;

/// <summary>
/// Starts the built-in simulator for every simulated model whose endpoint is a loopback port, so a run that selects
/// simulated models needs no separate `simulate-llm` process. One simulator per port; all bind 127.0.0.1 only.
/// </summary>
internal sealed class SimulatorLauncher : IAsyncDisposable
{
    private readonly List<SimulatorHost> hosts = [];

    private readonly List<Uri> reused = [];

    public IReadOnlyList<Uri> Started => hosts.Select(h => h.BaseUrl).ToList();

    /// <summary>Simulators already running on a model's port (started by another process), used as they are.</summary>
    public IReadOnlyList<Uri> Reused => reused;

    public static async Task<SimulatorLauncher> StartForAsync(IEnumerable<ModelDefinition> models, SimulatorOptions options, CancellationToken cancellationToken)
    {
        var launcher = new SimulatorLauncher();
        var ports = models
            .Where(m => m.Provider == ProviderKind.Simulator && m.Endpoint is not null)
            .Select(m => new Uri(m.Endpoint!))
            .Where(uri => uri.IsLoopback)
            .GroupBy(uri => uri.Port);
        foreach (var port in ports)
        {
            var modelIds = models.Where(m => m.Endpoint is not null && new Uri(m.Endpoint).Port == port.Key).Select(m => m.ModelId).ToList();
            var url = new Uri($"http://127.0.0.1:{port.Key}/");
            if (await AnswersAsSimulatorAsync(url, cancellationToken).ConfigureAwait(false))
            {
                // Another mcodebench (a serve, a run, simulate-llm) already serves this port; its answers are the same.
                launcher.reused.Add(url);
                continue;
            }

            launcher.hosts.Add(await SimulatorHost.StartAsync(options with { ModelIds = modelIds }, new RulesBaselineChatClient(), port.Key, cancellationToken: cancellationToken).ConfigureAwait(false));
        }

        return launcher;
    }

    private static async Task<bool> AnswersAsSimulatorAsync(Uri url, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            using var response = await http.GetAsync(new Uri(url, "v1/models"), cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }
    }
}
