using System.Net;
using System.Net.Sockets;
using McodeBench.Core.Library;
using McodeBench.Core.Models;
using McodeBench.Core.Models.Providers;
using McodeBench.Core.Pipelines;
using McodeBench.Simulator.Tests.Support;

namespace McodeBench.Simulator.Tests.Providers;

public sealed class ChatClientFactoryEndpointTests
{
    [Fact]
    public void AnUnsetKeyVariableIsNamedInTheError()
    {
        var variable = "MCODEBENCH_TEST_UNSET_" + Guid.NewGuid().ToString("N").ToUpperInvariant();

        var thrown = Assert.Throws<ApiKeyMissingException>(() => SimulatedModel.Client(new Uri("http://127.0.0.1:1/v1"), apiKeyVariable: variable));

        Assert.Contains(variable, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClosedPortIsAProviderErrorSayingTheEndpointCouldNotBeReached()
    {
        var endpoint = new Uri($"http://127.0.0.1:{ClosedPort()}/v1");
        var client = SimulatedModel.Client(endpoint, maxAttempts: 2);

        var thrown = await Assert.ThrowsAsync<ModelCallException>(
            () => client.GetResponseAsync(SimulatedModel.Messages(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(FailureClass.ProviderError, thrown.Failure);
        Assert.Equal(2, thrown.Attempts);
        Assert.Contains($"{endpoint} could not be reached", thrown.Message, StringComparison.Ordinal);
    }

    /// <summary>A loopback port that was free a moment ago and is now closed.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
