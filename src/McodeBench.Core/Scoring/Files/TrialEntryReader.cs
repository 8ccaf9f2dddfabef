using System.Text.Json;
using System.Text.RegularExpressions;
using McodeBench.Core.Diagnostics;
using McodeBench.Core.Library;
using McodeBench.Core.Pipelines;
using McodeBench.Core.Pipelines.Parsing;
using Microsoft.Extensions.AI;

namespace McodeBench.Core.Scoring.Files;

/// <summary>
/// Reads one trial entry of a predictions file: its id and repeat, then exactly one of structured items (read by the
/// model-output parser's <see cref="PredictionReader"/>, spans added by <see cref="EntitySpanReader"/>), a model's
/// <c>raw_output</c> (parsed by <see cref="ModelOutputParser"/>), or a recorded <c>failure</c>.
/// </summary>
internal sealed partial class TrialEntryReader(string source, PromptType? filePromptType, List<Diagnostic> diagnostics)
{
    private const string ItemFix = "Correct the item; docs/model-output.md shows the item shape.";

    public PredictedTask? Read(JsonElement entry, string path)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(Diagnostic.Error(
                source, path, $"each trial entry is an object, not {entry.ValueKind.Describe()}.", "Write {\"trial_id\": \"NCT...\", \"entities\": [...], \"mcode_mappings\": [...]}."));
            return null;
        }

        if (!entry.TryGetProperty("trial_id", out var idValue) || idValue.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(idValue.GetString()))
        {
            diagnostics.Add(Diagnostic.Error(
                source,
                path + ".trial_id",
                idValue.ValueKind == JsonValueKind.Undefined ? "the entry has no \"trial_id\"; it is skipped." : $"\"trial_id\" must be a non-empty string, found {idValue.GetRawText()}; the entry is skipped.",
                "Give the id the gold uses for the trial, e.g. \"trial_id\": \"NCT01234567\"."));
            return null;
        }

        var trialId = idValue.GetString()!.Trim();
        if (ReadRepeat(entry, path, trialId) is not int repeat)
        {
            return null;
        }

        var promptType = ReadPromptType(entry, path, source, diagnostics, out var promptTypeValid, trialId) ?? filePromptType;
        if (!promptTypeValid)
        {
            return null;
        }

        var hasRaw = entry.TryGetProperty("raw_output", out var raw);
        var hasFailure = entry.TryGetProperty("failure", out var failure);
        var hasItems = entry.TryGetProperty("entities", out _) || entry.TryGetProperty("mcode_mappings", out _);
        if ((hasRaw ? 1 : 0) + (hasFailure ? 1 : 0) + (hasItems ? 1 : 0) > 1)
        {
            diagnostics.Add(Error(
                path,
                "the entry gives more than one of \"entities\"/\"mcode_mappings\", \"raw_output\" and \"failure\"; it is skipped.",
                "Keep one: the parsed items, the model's raw text, or the failure class of a task that produced nothing.",
                trialId));
            return null;
        }

        if (hasRaw)
        {
            return ReadRawOutput(entry, raw, path, trialId, repeat, promptType);
        }

        if (hasFailure)
        {
            return ReadFailure(entry, failure, path, trialId, repeat);
        }

        return ReadItems(entry, path, trialId, repeat, promptType);
    }

    /// <summary>The optional <c>prompt_type</c> of a file or an entry; <paramref name="valid"/> is false when it is given but unknown.</summary>
    public static PromptType? ReadPromptType(JsonElement owner, string ownerPath, string source, List<Diagnostic> diagnostics, out bool valid, string? trialId = null)
    {
        valid = true;
        if (!owner.TryGetProperty("prompt_type", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && PromptTypeNames.FromWireName(value.GetString()) is { } type)
        {
            return type;
        }

        valid = false;
        diagnostics.Add(new Diagnostic(
            DiagnosticSeverity.Error,
            source,
            $"\"prompt_type\" must be one of {string.Join(", ", PromptTypeNames.All)}, found {value.GetRawText()}; " + (trialId is null ? "the file is not read." : "the entry is skipped."),
            "Name the prompt type that produced the output (\"direct\" derives entities from mappings, as the direct pipeline does), or leave prompt_type out.",
            JsonPath: ownerPath + ".prompt_type",
            TrialId: trialId));
        return null;
    }

    private int? ReadRepeat(JsonElement entry, string path, string trialId)
    {
        if (!entry.TryGetProperty("repeat", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return 0;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var repeat) && repeat >= 0)
        {
            return repeat;
        }

        diagnostics.Add(Error(
            path + ".repeat",
            $"\"repeat\" must be a whole number from 0, found {value.GetRawText()}; the entry is skipped.",
            "Number the repeats of a trial 0, 1, 2, ... (or leave repeat out for a single run).",
            trialId));
        return null;
    }

    private PredictedTask? ReadRawOutput(JsonElement entry, JsonElement raw, string path, string trialId, int repeat, PromptType? promptType)
    {
        if (raw.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            diagnostics.Add(Error(
                path + ".raw_output",
                $"\"raw_output\" must be the model's text as a JSON string, found {raw.ValueKind.Describe()}; the entry is skipped.",
                "Put the parsed answer in \"entities\"/\"mcode_mappings\", or the text the model returned, escaped, in \"raw_output\".",
                trialId));
            return null;
        }

        var outcome = ModelOutputParser.Parse(raw.GetString(), ReadFinishReason(entry, path, trialId), ContextFor(promptType));
        foreach (var warning in outcome.Warnings)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, source, "raw_output: " + warning, JsonPath: path + ".raw_output", TrialId: trialId));
        }

        if (!outcome.IsSuccess)
        {
            var failure = outcome.Failure;
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Info,
                source,
                $"raw_output does not parse ({failure.Kind.ToWireName()}): {failure.Message} The task counts as failed.",
                JsonPath: path + ".raw_output",
                TrialId: trialId));
            return PredictedTask.FailedWith(trialId, repeat, failure.Kind, failure.Message, source, path);
        }

        return PredictedTask.Succeeded(trialId, repeat, outcome.Prediction, source, path);
    }

    private ChatFinishReason? ReadFinishReason(JsonElement entry, string path, string trialId)
    {
        if (!entry.TryGetProperty("finish_reason", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        ChatFinishReason? reason = value.ValueKind == JsonValueKind.String
            ? value.GetString() switch
            {
                "stop" => ChatFinishReason.Stop,
                "length" => ChatFinishReason.Length,
                "content_filter" => ChatFinishReason.ContentFilter,
                "tool_calls" => ChatFinishReason.ToolCalls,
                _ => null,
            }
            : null;
        if (reason is null)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                source,
                $"\"finish_reason\" {value.GetRawText()} is not one of stop, length, content_filter, tool_calls; it is ignored.",
                "Give the reason the model stopped, as the provider reported it, or leave it out.",
                JsonPath: path + ".finish_reason",
                TrialId: trialId));
        }

        return reason;
    }

    private PredictedTask? ReadFailure(JsonElement entry, JsonElement failure, string path, string trialId, int repeat)
    {
        if (failure.ValueKind != JsonValueKind.String || FailureClassNames.FromWireName(failure.GetString()) is not { } kind)
        {
            var names = string.Join(", ", Enum.GetValues<FailureClass>().Select(f => f.ToWireName()));
            diagnostics.Add(Error(
                path + ".failure",
                $"\"failure\" must be a failure class ({names}), found {failure.GetRawText()}; the entry is skipped.",
                "Name why the task produced no predictions with one of those classes.",
                trialId));
            return null;
        }

        var message = entry.TryGetProperty("failure_message", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
        return PredictedTask.FailedWith(trialId, repeat, kind, message, source, path);
    }

    private PredictedTask ReadItems(JsonElement entry, string path, string trialId, int repeat, PromptType? promptType)
    {
        var warnings = new List<string>();
        var outcome = new PredictionReader(ContextFor(promptType), warnings).Read(entry, entry.GetRawText());
        foreach (var warning in outcome.Warnings)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, source, Rebase(warning, path), ItemFix, JsonPath: path, TrialId: trialId));
        }

        if (!outcome.IsSuccess)
        {
            var failure = outcome.Failure;
            var message = Rebase(failure.Message, path);
            diagnostics.Add(Error(
                path,
                $"the entry's items cannot be read ({failure.Kind.ToWireName()}): {message} The task counts as failed, as the pipeline would count this output.",
                "Give \"entities\" and/or \"mcode_mappings\" as arrays of items in the shape of docs/model-output.md.",
                trialId));
            return PredictedTask.FailedWith(trialId, repeat, failure.Kind, message, source, path);
        }

        var entities = EntitySpanReader.Apply(entry, path, outcome.Prediction.Entities, warning =>
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, source, warning, "Give all three of \"section\", \"start\" and \"end\", or none.", JsonPath: path, TrialId: trialId)));
        return PredictedTask.Succeeded(trialId, repeat, outcome.Prediction with { Entities = entities }, source, path);
    }

    private static ParseContext ContextFor(PromptType? promptType) => promptType switch
    {
        PromptType.Extraction => new ParseContext(PromptType.Extraction),
        PromptType.Mapping => new ParseContext(PromptType.Mapping),
        PromptType.Direct => new ParseContext(PromptType.Direct, DeriveEntitiesFromMappings: true),
        _ => ParseContext.Lenient,
    };

    /// <summary>The parser names places from the JSON it read (here the entry) as <c>$...</c>; these become file paths.</summary>
    private static string Rebase(string message, string entryPath) =>
        entryPath == "$" ? message : RootReference().Replace(message, _ => entryPath);

    private Diagnostic Error(string path, string message, string fix, string trialId) =>
        new(DiagnosticSeverity.Error, source, message, fix, JsonPath: path, TrialId: trialId);

    [GeneratedRegex(@"(?<![\w$])\$(?=[.\[:\s]|$)")]
    private static partial Regex RootReference();
}
