using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Models;

/// <summary>
/// Reads <see cref="ChatOptionKeys.RepeatIndex"/> from a call's options, one way for every layer that needs it (the
/// response-cache key and the simulator's repeat seed), so they can never disagree about which repeat a call is.
/// </summary>
internal static class RepeatIndexOption
{
    /// <summary>The repeat index (any integer type, or a JSON number after a round trip), or null when the call has none.</summary>
    /// <exception cref="ArgumentException">The value is not an integer (a string, a fraction, a number out of range).</exception>
    public static long? Read(ChatOptions? options)
    {
        if (options?.AdditionalProperties?.TryGetValue(ChatOptionKeys.RepeatIndex, out var value) != true || value is null)
        {
            return null;
        }

        return value switch
        {
            int number => number,
            long number => number,
            short number => number,
            byte number => number,
            sbyte number => number,
            ushort number => number,
            uint number => number,
            ulong number when number <= long.MaxValue => (long)number,
            JsonElement { ValueKind: JsonValueKind.Number } element when element.TryGetInt64(out var number) => number,
            _ => throw new ArgumentException(
                $"ChatOptions.AdditionalProperties[\"{ChatOptionKeys.RepeatIndex}\"] must be an integer, not {Describe(value)}.",
                nameof(options)),
        };
    }

    private static string Describe(object value) => value is JsonElement element
        ? $"the JSON {element.ValueKind} {element.GetRawText()}"
        : $"the {value.GetType().Name} {Convert.ToString(value, CultureInfo.InvariantCulture)}";
}
