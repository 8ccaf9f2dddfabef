using System.Buffers;
using System.Globalization;
using System.Text;

namespace McodeBench.Core.Diagnostics;

/// <summary>
/// Checks that an input file's bytes are UTF-8 before they are parsed, so a file saved in another encoding (Latin-1,
/// Windows-1252) is bad input naming the file and the byte offset, instead of an exception deep in a JSON read.
/// </summary>
public static class Utf8Check
{
    /// <summary>An error naming the first byte that is not UTF-8, or null when every byte is.</summary>
    public static Diagnostic? Find(ReadOnlySpan<byte> bytes, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = FirstInvalid(bytes);
        var line = bytes[..offset].Count((byte)'\n') + 1;
        var at = offset.ToString(CultureInfo.InvariantCulture);
        return Diagnostic.Error(
            source,
            $"byte {at}",
            $"the file is not UTF-8: byte 0x{bytes[offset].ToString("X2", CultureInfo.InvariantCulture)} at byte offset {at} (line {line.ToString(CultureInfo.InvariantCulture)}) is not part of a UTF-8 character.",
            "Save the file as UTF-8 (an editor's \"Save with encoding\"); files saved as Latin-1 or Windows-1252 have this problem.");
    }

    /// <summary>
    /// Reads a text file that must be UTF-8 (a UTF-8 byte-order mark is skipped): its text, or an error naming the file
    /// and the first byte that is not UTF-8, where <see cref="File.ReadAllTextAsync(string, CancellationToken)"/> would
    /// silently turn such bytes into U+FFFD and shift nothing but the meaning.
    /// </summary>
    public static async Task<(string? Text, Diagnostic? Error)> ReadTextAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        if (Find(bytes, path) is { } error)
        {
            return (null, error);
        }

        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return (Encoding.UTF8.GetString(bytes, start, bytes.Length - start), null);
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var index = 0;
        while (index < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[index..], out _, out var consumed) != OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return bytes.Length - 1;
    }
}
