using System.CommandLine;
using System.CommandLine.Parsing;

namespace McodeBench.Cli;

/// <summary>The names of the command a parse result ran, under the root, e.g. <c>cache stats</c>.</summary>
internal static class CommandPath
{
    public static string Of(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null && result.Command is not RootCommand; result = result.Parent as CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', names);
    }
}
