using System.Text.Json;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Core.Library.Storage;

/// <summary>
/// Saves a model library. It is validated first (so a pasted key is refused, not stored) and written to a temporary
/// file that is then moved into place, so the stored library is never half-written.
/// </summary>
public static class ModelLibraryWriter
{
    /// <summary>Writes the library; returns the warnings (errors throw before anything is written).</summary>
    /// <exception cref="LibraryValidationException">The library has errors; nothing was written.</exception>
    public static IReadOnlyList<Diagnostic> Save(ModelLibrary library, string path)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var diagnostics = ModelLibraryValidator.Validate(library, path);
        if (diagnostics.Any(d => d.IsError))
        {
            throw new LibraryValidationException(diagnostics);
        }

        AtomicFile.WriteAllText(path, ToJson(library));
        return diagnostics;
    }

    public static string ToJson(ModelLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        return LibraryJsonWriter.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("format", ModelLibraryLoader.Format);
            writer.WriteString("version", library.Version);
            writer.WriteStartArray("models");
            foreach (var model in library.Models)
            {
                WriteModel(writer, model, model.Key == library.DefaultKey);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteModel(Utf8JsonWriter writer, ModelDefinition model, bool isDefault)
    {
        writer.WriteStartObject();
        writer.WriteString("key", model.Key);
        writer.WriteString("provider", model.Provider.ToWireName());
        WriteOptional(writer, "endpoint", model.Endpoint);
        writer.WriteString("model_id", model.ModelId);
        WriteOptional(writer, "api_key_env", model.ApiKeyVariable);

        writer.WriteStartObject("parameters");
        if (model.Parameters.Temperature is { } temperature)
        {
            writer.WriteNumber("temperature", temperature);
        }
        else
        {
            writer.WriteNull("temperature");
        }

        if (model.Parameters.MaxOutputTokens is { } maxOutputTokens)
        {
            writer.WriteNumber("max_output_tokens", maxOutputTokens);
        }
        else
        {
            writer.WriteNull("max_output_tokens");
        }

        writer.WriteBoolean("json_mode", model.Parameters.JsonMode);
        if (model.Parameters.Seed is { } seed)
        {
            writer.WriteNumber("seed", seed);
        }

        if (model.Parameters.TopP is { } topP)
        {
            writer.WriteNumber("top_p", topP);
        }

        writer.WriteEndObject();

        writer.WriteStartObject("pricing");
        writer.WriteNumber("input_per_million", model.Pricing.InputPerMillion);
        writer.WriteNumber("output_per_million", model.Pricing.OutputPerMillion);
        writer.WriteEndObject();

        if (model.RequestsPerMinute is { } rpm)
        {
            writer.WriteNumber("rate_limit_rpm", rpm);
        }

        writer.WriteNumber("max_concurrency", model.MaxConcurrency);
        writer.WriteNumber("timeout_seconds", model.Timeout.TotalSeconds);
        writer.WriteStartArray("tags");
        foreach (var tag in model.Tags)
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
        WriteOptional(writer, "tokenizer", model.Tokenizer);
        writer.WriteString("description", model.Description);
        if (isDefault)
        {
            writer.WriteBoolean("default", true);
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
