using McodeBench.Core.Execution;
using McodeBench.Core.Library;
using McodeBench.Core.Models.RulesBaseline;
using McodeBench.Simulator;

namespace McodeBench.Engine.Tests.Orchestration.Support;

/// <summary>
/// A simulator on a loopback port answering with the rules baseline behind a <see cref="ProbeChatClient"/>, and the
/// samples' model library with one model pointed at it. Dispose it after the engine that calls it.
/// </summary>
internal sealed class SimulatedProvider : IAsyncDisposable
{
    /// <summary>The samples' simulated model, which tests point at their own simulator.</summary>
    public const string ModelKey = "simulated-gpt";

    private SimulatedProvider(SimulatorHost host, ProbeChatClient probe)
    {
        Host = host;
        Probe = probe;
    }

    public SimulatorHost Host { get; }

    public ProbeChatClient Probe { get; }

    public static async Task<SimulatedProvider> StartAsync(SimulatorOptions options, CancellationToken cancellationToken, TimeSpan? delay = null)
    {
        var probe = new ProbeChatClient(new RulesBaselineChatClient()) { Delay = delay ?? TimeSpan.Zero };
        var host = await SimulatorHost.StartAsync(options, probe, cancellationToken: cancellationToken);
        return new SimulatedProvider(host, probe);
    }

    /// <summary>
    /// The workspace with model <paramref name="modelKey"/> calling this simulator: the samples' simulated model
    /// re-pointed, or, for another key, a copy of it added under that key.
    /// </summary>
    public BenchmarkWorkspace Serve(BenchmarkWorkspace workspace, string modelKey = ModelKey, int? maxConcurrency = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var library = workspace.Models;
        var template = library.Get(ModelKey);
        var model = (library.TryGet(modelKey, out var existing) ? existing : template) with { Key = modelKey, Endpoint = Host.BaseUrl.ToString() };
        if (maxConcurrency is { } limit)
        {
            model = model with { MaxConcurrency = limit };
        }

        var models = library.Models.Select(m => string.Equals(m.Key, modelKey, StringComparison.Ordinal) ? model : m).ToList();
        if (!library.Contains(modelKey))
        {
            models.Add(model);
        }

        return workspace with { Models = new ModelLibrary(models, library.DefaultKey, library.Version, library.Name) };
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
