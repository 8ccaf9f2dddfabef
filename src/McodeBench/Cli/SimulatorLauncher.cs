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

    public IReadOnlyList<Uri> Started => hosts.Select(h => h.BaseUrl).ToList();

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
            launcher.hosts.Add(await SimulatorHost.StartAsync(options with { ModelIds = modelIds }, new RulesBaselineChatClient(), port.Key, cancellationToken: cancellationToken).ConfigureAwait(false));
        }

        return launcher;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }
    }
}
