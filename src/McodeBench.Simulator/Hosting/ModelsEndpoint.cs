using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace McodeBench.Simulator.Hosting;

/// <summary><c>GET /v1/models</c>: the configured model ids in OpenAI's list format.</summary>
internal sealed class ModelsEndpoint(SimulatorOptions options, DateTimeOffset started)
{
    public async Task HandleAsync(HttpContext context)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("object", "list");
            writer.WriteStartArray("data");
            foreach (var id in options.ModelIds)
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteString("object", "model");
                writer.WriteNumber("created", started.ToUnixTimeSeconds());
                writer.WriteString("owned_by", "mcodebench-simulator");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }
}
