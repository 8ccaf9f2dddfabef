using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics.CodeAnalysis;

namespace McodeBench.Core.Tests.Models.Fakes;

/// <summary>An HTTP response as System.ClientModel (the OpenAI SDK) sees it, with chosen status and headers.</summary>
public sealed class FakePipelineResponse(int status, params (string Name, string Value)[] headers) : PipelineResponse
{
    private Stream? contentStream = new MemoryStream("{\"error\":{\"message\":\"simulated\"}}"u8.ToArray());

    public override int Status => status;

    public override string ReasonPhrase => "Fake";

    public override Stream? ContentStream
    {
        get => contentStream;
        set => contentStream = value;
    }

    public override BinaryData Content => BinaryData.FromString("{\"error\":{\"message\":\"simulated\"}}");

    protected override PipelineResponseHeaders HeadersCore { get; } = new FakeHeaders(headers);

    public override BinaryData BufferContent(CancellationToken cancellationToken = default) => Content;

    public override ValueTask<BinaryData> BufferContentAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Content);

    public override void Dispose() => contentStream?.Dispose();

    public static ClientResultException Exception(int status, params (string Name, string Value)[] headers) =>
        new($"HTTP {status}", new FakePipelineResponse(status, headers));

    private sealed class FakeHeaders((string Name, string Value)[] headers) : PipelineResponseHeaders
    {
        public override IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
            headers.Select(header => new KeyValuePair<string, string>(header.Name, header.Value)).GetEnumerator();

        public override bool TryGetValue(string name, [NotNullWhen(true)] out string? value)
        {
            value = headers.FirstOrDefault(header => string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
            return value is not null;
        }

        public override bool TryGetValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
        {
            values = TryGetValue(name, out var value) ? [value] : null;
            return values is not null;
        }
    }
}
