using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace McodeBench.Core.Library.Storage;

/// <summary>Writes library JSON the way people read and diff it: two-space indent, LF, no needless escaping.</summary>
internal static class LibraryJsonWriter
{
    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Files, not HTML: keep '<', '>' and non-ASCII readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
