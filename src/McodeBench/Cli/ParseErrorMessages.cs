using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using McodeBench.Core.Diagnostics;

namespace McodeBench.Cli;

/// <summary>
/// Turns System.CommandLine's parse errors into messages in a user's words, one per root cause: a value that is not
/// what an option takes says what it takes ("a whole number", "one of Low, Normal, High, Critical") instead of a .NET
/// type name; an unknown option or command gets "did you mean" from the names the command has; and the values typed
/// after an unknown option are part of that one mistake, not follow-on errors of their own.
/// </summary>
internal static partial class ParseErrorMessages
{
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var messages = new List<string>();
        var unmatched = parse.UnmatchedTokens;
        messages.AddRange(DescribeUnmatched(parse.CommandResult.Command, unmatched));
        foreach (var error in parse.Errors)
        {
            if (IsAboutUnmatched(error, unmatched))
            {
                continue;
            }

            messages.Add(DescribeValue(error) ?? WithoutTypeNames(error.Message));
        }

        return messages.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> DescribeUnmatched(Command command, IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.StartsWith('-'))
            {
                // The words after an unknown option are its values: one mistake, one message.
                while (i + 1 < tokens.Count && !tokens[i + 1].StartsWith('-'))
                {
                    i++;
                }

                yield return $"Unknown option '{token}'." + ClosestNames.DidYouMean(token, OptionNames(command)) + " The options are listed by --help.";
            }
            else if (command.Subcommands.Count > 0 && i == 0)
            {
                yield return $"Unknown command '{token}'." + ClosestNames.DidYouMean(token, command.Subcommands.Select(c => c.Name))
                    + $" The commands are {string.Join(", ", command.Subcommands.Select(c => c.Name))}.";
            }
            else
            {
                yield return $"Unexpected argument '{token}'.";
            }
        }
    }

    /// <summary>The options a command accepts: its own and those its parents give every subcommand.</summary>
    private static IEnumerable<string> OptionNames(Command command)
    {
        var options = command.Options.AsEnumerable();
        foreach (var parent in Ancestors(command))
        {
            options = options.Concat(parent.Options.Where(o => o.Recursive));
        }

        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return parent;
        }
    }

    /// <summary>
    /// True for System.CommandLine's own report of an unmatched token, and for "Required command was not provided"
    /// after an unknown command: both are the mistake already described.
    /// </summary>
    private static bool IsAboutUnmatched(ParseError error, IReadOnlyList<string> unmatched) =>
        error.SymbolResult is null or CommandResult
        && (unmatched.Any(token => error.Message.Contains($"'{token}'", StringComparison.Ordinal))
            || (error.SymbolResult is CommandResult { Command.Subcommands.Count: > 0 } && unmatched.Count > 0 && !unmatched[0].StartsWith('-')));

    /// <summary>"--repeats: 'abc' is not a whole number." for a value that does not convert; null for other errors.</summary>
    private static string? DescribeValue(ParseError error)
    {
        var (name, type, tokens) = error.SymbolResult switch
        {
            OptionResult option => (option.Option.Name, option.Option.ValueType, option.Tokens),
            ArgumentResult { Parent: OptionResult option } argument => (option.Option.Name, argument.Argument.ValueType, argument.Tokens),
            ArgumentResult argument => ($"{CommandOf(argument)} <{argument.Argument.Name}>", argument.Argument.ValueType, argument.Tokens),
            _ => (null, null, null),
        };
        if (name is null || type is null || tokens is null)
        {
            return null;
        }

        var element = ElementType(type);
        if (ValueWords(element) is not { } words)
        {
            return null;
        }

        var bad = tokens.Select(t => t.Value).FirstOrDefault(value => !Converts(element, value));
        if (bad is null)
        {
            return null;
        }

        var suggestion = element.IsEnum ? ClosestNames.DidYouMean(bad, Enum.GetNames(element)) : string.Empty;
        return $"{name}: '{bad}' is not {words}.{suggestion}";
    }

    private static string CommandOf(ArgumentResult argument) => argument.Parent is CommandResult command ? command.Command.Name : "mcodebench";

    private static Type ElementType(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        return Nullable.GetUnderlyingType(element) ?? element;
    }

    /// <summary>What a value of the type is, in words; null for types without a friendly description.</summary>
    private static string? ValueWords(Type type)
    {
        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type));
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64
                => $"a whole number (from {MinOf(type)} to {MaxOf(type)})",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number (such as 0.5)",
            TypeCode.Boolean => "true or false",
            _ => type == typeof(TimeSpan) ? "a duration (such as 00:05:00)" : null,
        };
    }

    private static string MinOf(Type type) => Convert.ToString(type.GetField("MinValue")!.GetValue(null), CultureInfo.InvariantCulture)!;

    private static string MaxOf(Type type) => Convert.ToString(type.GetField("MaxValue")!.GetValue(null), CultureInfo.InvariantCulture)!;

    private static bool Converts(Type type, string value)
    {
        if (type.IsEnum)
        {
            return Enum.TryParse(type, value, ignoreCase: true, out _);
        }

        if (type == typeof(TimeSpan))
        {
            return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out _);
        }

        try
        {
            _ = Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
            return true;
        }
        catch (Exception error) when (error is FormatException or OverflowException or InvalidCastException)
        {
            return false;
        }
    }

    /// <summary>Any other message, without the .NET type name System.CommandLine puts in some of them.</summary>
    private static string WithoutTypeNames(string message) => ExpectedType().Replace(message, string.Empty);

    [GeneratedRegex(@" as expected type '[^']*'", RegexOptions.CultureInvariant)]
    private static partial Regex ExpectedType();
}
