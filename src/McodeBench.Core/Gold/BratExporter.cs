using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using McodeBench.Core.Annotations;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Gold;

/// <summary>
/// Writes entities with spans (gold, or predictions once anchored) as brat standoff, so they can be looked at in brat
/// or compared with other tools. T lines carry the McodeBench type; <c>Negation</c> and <c>Criterion</c> attributes carry
/// the rest. <see cref="BratImporter.ReadPrediction"/> reads the files back.
/// </summary>
public static partial class BratExporter
{
    public static BratFiles Export(TrialText document, IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        var offsets = new CodePointOffsets(document.Text);
        var list = entities.ToList();
        var taken = list.Select(e => e.Id).OfType<string>().Where(id => TextBoundId().IsMatch(id)).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var next = 1;
        var attribute = 1;
        var skipped = 0;
        var annotations = new StringBuilder();
        foreach (var entity in list)
        {
            if (entity.Span is not { } span || document.ToGlobalStart(span) is not int start || span.Start < 0 || span.End < span.Start)
            {
                skipped++;
                continue;
            }

            var id = entity.Id is { } own && TextBoundId().IsMatch(own) && used.Add(own) ? own : NextFreeId(taken, used, ref next);
            var text = document.Text.Substring(start, span.Length);
            annotations
                .Append(id).Append('\t')
                .Append(SafeType(entity.Type)).Append(' ')
                .Append(offsets.ToCodePoint(start).ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(offsets.ToCodePoint(start + span.Length).ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(BratText.OneLine(text))
                .Append('\n');
            if (entity.Negated)
            {
                annotations.Append('A').Append(attribute++).Append("\tNegation ").Append(id).Append('\n');
            }

            if (entity.Criterion != Criterion.None)
            {
                annotations.Append('A').Append(attribute++).Append("\tCriterion ").Append(id).Append(' ').Append(entity.Criterion.ToWireName()).Append('\n');
            }
        }

        return new BratFiles(document.Text, annotations.ToString(), skipped);
    }

    /// <summary>Writes <c>NAME.txt</c> and <c>NAME.ann</c> into a folder.</summary>
    public static async Task WriteFilesAsync(string directory, string name, BratFiles files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        Directory.CreateDirectory(directory);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        await File.WriteAllTextAsync(Path.Combine(directory, name + ".txt"), files.Text, encoding, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, name + ".ann"), files.Annotations, encoding, cancellationToken).ConfigureAwait(false);
    }

    private static string NextFreeId(HashSet<string> taken, HashSet<string> used, ref int next)
    {
        string id;
        do
        {
            id = "T" + (next++).ToString(CultureInfo.InvariantCulture);
        }
        while (taken.Contains(id) || used.Contains(id));

        used.Add(id);
        return id;
    }

    // brat types cannot hold white space; entity types are snake_case already, so this only guards odd input.
    private static string SafeType(string type) => WhiteSpace().Replace(type.Trim(), "_");

    [GeneratedRegex(@"^T\d+$")]
    private static partial Regex TextBoundId();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
