using System.Net;
using McodeBench.Simulator.Faults;
using McodeBench.Simulator.Hosting;
using McodeBench.Simulator.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace McodeBench.Simulator;

/// <summary>
/// A running simulator: an OpenAI-compatible server on 127.0.0.1 that answers with an inner <see cref="IChatClient"/>
/// (the rules baseline in production, a fake in tests) and misbehaves as <see cref="SimulatorOptions"/> says.
/// Start it with <see cref="StartAsync"/>; dispose it to stop it.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);
    private readonly WebApplication app;
    private readonly SimulatorCounterSet counters;
    private int stopped;

    private SimulatorHost(WebApplication app, SimulatorCounterSet counters, Uri baseUrl)
    {
        this.app = app;
        this.counters = counters;
        BaseUrl = baseUrl;
    }

    /// <summary>The OpenAI base URL to put in a model definition, e.g. <c>http://127.0.0.1:51234/v1</c>.</summary>
    public Uri BaseUrl { get; }

    public SimulatorCounters Counters => counters.Snapshot();

    /// <param name="port">TCP port on 127.0.0.1; 0 picks a free one.</param>
    /// <param name="loggerFactory">Where ASP.NET Core logs go (its per-request lines at Debug); null keeps the simulator silent.</param>
    public static async Task<SimulatorHost> StartAsync(
        SimulatorOptions options, IChatClient inner, int port = 0, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid simulator options: " + string.Join(" ", problems), nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = typeof(SimulatorHost).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        if (loggerFactory is not null)
        {
            builder.Services.AddSingleton<ILoggerFactory>(new Hosting.DemotingLoggerFactory(loggerFactory));
        }

        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        var app = builder.Build();
        var counters = new SimulatorCounterSet();
        var bucket = options.RequestsPerSecond is { } rate
            ? new TokenBucket(rate, options.Burst ?? Math.Max(1, (int)Math.Ceiling(rate)), options.TimeProvider)
            : null;
        var completions = new ChatCompletionsEndpoint(options, inner, counters, new TokenCounter(), bucket);
        var models = new ModelsEndpoint(options, options.TimeProvider.GetUtcNow());
        var stopping = app.Lifetime.ApplicationStopping;
        app.MapPost("/v1/chat/completions", context => completions.HandleAsync(context, stopping));
        app.MapGet("/v1/models", models.HandleAsync);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var bound = new Uri(address);
        return new SimulatorHost(app, counters, new Uri($"http://127.0.0.1:{bound.Port}/v1"));
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
