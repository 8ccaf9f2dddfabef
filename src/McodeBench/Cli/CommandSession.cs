using System.CommandLine;
using McodeBench.Configuration;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace McodeBench.Cli;

/// <summary>
/// One invocation of a command: its parse result, the effective configuration, and a logger writing to the log file.
/// Created by <see cref="SessionRunner"/>; disposing it flushes the log.
/// </summary>
internal sealed class CommandSession(
    string commandName, ParseResult parse, CommandLineContext context, ConfigurationLoadResult configuration, McodeBenchOptions options, ILoggerFactory loggerFactory)
    : IDisposable
{
    /// <summary>The command as typed, e.g. <c>cache stats</c>.</summary>
    public string CommandName { get; } = commandName;

    public ParseResult Parse { get; } = parse;

    public CommandLineContext Context { get; } = context;

    public ConfigurationLoadResult Configuration { get; } = configuration;

    public McodeBenchOptions Options { get; } = options;

    public ILoggerFactory LoggerFactory { get; } = loggerFactory;

    public ILogger Logger { get; } = loggerFactory.CreateLogger("McodeBench.Cli." + commandName.Replace(' ', '.'));

    public IAnsiConsole Out => Context.Out;

    public IAnsiConsole Error => Context.Error;

    public ProcessEnvironment Environment => Context.Environment;

    /// <summary>A path given on the command line, made absolute against the current folder.</summary>
    public string Resolve(string path) => Environment.Resolve(path);

    public void Dispose() => LoggerFactory.Dispose();
}
