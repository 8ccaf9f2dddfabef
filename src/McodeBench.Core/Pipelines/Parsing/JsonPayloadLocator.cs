using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace McodeBench.Core.Pipelines.Parsing;

/// <summary>
/// Finds the JSON a model meant as its answer inside text that may wrap it in Markdown fences or prose.
/// </summary>
/// <remarks>
/// Candidates are the balanced objects and arrays of the text (strings and escapes honoured), tried left to right.
/// The first candidate that parses and looks like an answer (an object, or an array of objects) wins. A candidate that
/// fails is skipped whole, never searched inside: a broken answer must not be replaced by one of its own nested
/// objects. When no candidate looks like an answer, the longest candidate is reported, since the longest is most
/// likely the intended answer. Fenced blocks marked json (or unmarked) are searched before the whole text.
/// </remarks>
internal static partial class JsonPayloadLocator
{
    // Bounds the work on pathological outputs (thousands of stray brackets); real outputs need a handful.
    private const int MaxCandidates = 200;

    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static JsonPayload Locate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match fence in FencePattern().Matches(text))
        {
            var body = fence.Groups["body"];
            var candidate = Search(text, body.Index, body.Index + body.Length);
            if (candidate.Status == JsonPayloadStatus.Parsed && LooksLikeAnswer(candidate.Document!.RootElement))
            {
                return candidate;
            }

            candidate.Dispose();
        }

        return Search(text, 0, text.Length);
    }

    /// <summary>The non-white-space text outside the payload and outside fence markers, as a character count.</summary>
    public static int CountProseAround(string text, JsonPayload payload)
    {
        var outside = text[..payload.Start] + "\n" + text[payload.End..];
        return FenceMarkerPattern().Replace(outside, string.Empty).Count(c => !char.IsWhiteSpace(c));
    }

    private static JsonPayload Search(string text, int from, int to)
    {
        JsonPayload? best = null;
        var tried = 0;
        var i = from;
        while (i < to && tried < MaxCandidates)
        {
            if (!IsCandidateStart(text, i, to))
            {
                i++;
                continue;
            }

            tried++;
            var (end, complete) = ScanBalanced(text, i, to);
            if (!complete)
            {
                best = Longer(best, JsonPayload.Incomplete(i, to));
                break;
            }

            var candidate = TryParse(text, i, end);
            if (candidate.Status == JsonPayloadStatus.Parsed && LooksLikeAnswer(candidate.Document!.RootElement))
            {
                best?.Dispose();
                return candidate;
            }

            best = Longer(best, candidate);
            i = end;
        }

        return best ?? JsonPayload.NotFound;
    }

    private static JsonPayload Longer(JsonPayload? current, JsonPayload candidate)
    {
        if (current is null)
        {
            return candidate;
        }

        if (candidate.Length > current.Length)
        {
            current.Dispose();
            return candidate;
        }

        candidate.Dispose();
        return current;
    }

    private static JsonPayload TryParse(string text, int start, int end)
    {
        var json = text[start..end];
        try
        {
            return JsonPayload.Parsed(start, end, JsonDocument.Parse(json, Lenient));
        }
        catch (JsonException error)
        {
            var index = start + CharIndex(json, error.LineNumber ?? 0, error.BytePositionInLine ?? 0);
            return JsonPayload.Malformed(start, end, ReaderMessage(error.Message), index);
        }
    }

    private static bool LooksLikeAnswer(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        || (root.ValueKind == JsonValueKind.Array && root.EnumerateArray().All(item => item.ValueKind == JsonValueKind.Object));

    /// <summary>
    /// An opening bracket followed by what JSON (or a near miss such as single quotes or bare keys) could put there;
    /// rules out prose such as "[1]" citations or ":-[" before they can swallow the rest of the output.
    /// </summary>
    private static bool IsCandidateStart(string text, int index, int to)
    {
        var open = text[index];
        if (open is not ('{' or '['))
        {
            return false;
        }

        var next = index + 1;
        while (next < to && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= to)
        {
            // "{" at the very end: an answer cut off at its first character.
            return true;
        }

        var c = text[next];
        return open == '{'
            ? c is '"' or '\'' or '}' || char.IsLetter(c) || c == '_'
            : c is '{' or '[' or ']' or '"' or '\'';
    }

    /// <summary>Where the object or array opening at <paramref name="start"/> closes; strings and escapes honoured.</summary>
    internal static (int End, bool Complete) ScanBalanced(string text, int start, int to)
    {
        var depth = 0;
        var inString = false;
        var escaped = false;
        for (var i = start; i < to; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    if (depth == 0)
                    {
                        return (i + 1, true);
                    }

                    break;
            }
        }

        return (to, false);
    }

    /// <summary>Converts System.Text.Json's (line, UTF-8 byte in line) position into a character index of <paramref name="json"/>.</summary>
    private static int CharIndex(string json, long line, long bytePosition)
    {
        var index = 0;
        for (var l = 0L; l < line; l++)
        {
            var newline = json.IndexOf('\n', index);
            if (newline < 0)
            {
                break;
            }

            index = newline + 1;
        }

        var bytes = 0L;
        while (index < json.Length && bytes < bytePosition && json[index] != '\n')
        {
            var width = char.IsHighSurrogate(json[index]) && index + 1 < json.Length ? 2 : 1;
            bytes += Encoding.UTF8.GetByteCount(json.AsSpan(index, width));
            index += width;
        }

        return index;
    }

    /// <summary>The reader's message without its own position suffix, which is relative to the candidate, not the output.</summary>
    private static string ReaderMessage(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).Trim().TrimEnd('.') + ".";
    }

    [GeneratedRegex(@"```[ \t]*(?:json[c5]?|JSON|javascript|js)?[ \t]*\r?\n(?<body>.*?)(?:```|\z)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"```[A-Za-z0-9_-]*", RegexOptions.CultureInvariant)]
    private static partial Regex FenceMarkerPattern();
}
