using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using McodeBench.Core.Annotations;
using McodeBench.Core.Mcode;
using McodeBench.Core.Tests.Support;

namespace McodeBench.Core.Tests.Mcode;

/// <summary>The shipped vocabulary against the mCODE IG reference inventory it was generated from.</summary>
public sealed class McodeVocabularyReferenceTests
{
    private static readonly McodeVocabulary Vocabulary = McodeVocabularyLoader.Default;

    [Fact]
    public void Every_stu4_profile_of_the_reference_csv_resolves_by_name_and_by_id()
    {
        var csv = RepositoryPaths.RequireReference("mcode-ig", "mcode_stu4_v4.0.0_profiles.csv");
        var profiles = ReadCsv(csv).Where(row => row["kind"] == "Profile" && row["name"] is not ("MCODEPatientBundle" or "MCODEPatientGroup")).ToList();

        Assert.Equal(37, profiles.Count);
        foreach (var profile in profiles)
        {
            Assert.Equal(profile["name"], Vocabulary.ResolveElement(profile["name"])?.Name);
            Assert.Equal(profile["name"], Vocabulary.ResolveElement(profile["id"])?.Name);
            Assert.Equal(profile["id"], Vocabulary.ResolveElement(profile["name"])!.Id);
        }
    }

    [Fact]
    public void Every_enumerated_code_of_a_bound_value_set_is_present()
    {
        var codesCsv = RepositoryPaths.RequireReference("mcode-ig", "mcode_stu4_v4.0.0_valueset_enumerated_codes.csv");
        var valueSetsCsv = RepositoryPaths.RequireReference("mcode-ig", "mcode_stu4_v4.0.0_valuesets.csv");
        var ownCodes = ReadCsv(codesCsv).ToLookup(row => row["valueset_id"], StringComparer.Ordinal);
        var valueSets = ReadCsv(valueSetsCsv).ToList();
        var idByName = valueSets.ToDictionary(row => row["name"], row => row["id"], StringComparer.Ordinal);
        var includesById = valueSets.ToDictionary(
            row => row["id"],
            row => row["include_rules"].Split("||", StringSplitOptions.TrimEntries)
                .Where(rule => rule.StartsWith("include codes from valueset ", StringComparison.Ordinal))
                .Select(rule => idByName[rule["include codes from valueset ".Length..].Trim()])
                .ToList(),
            StringComparer.Ordinal);
        var bound = Vocabulary.Elements.SelectMany(e => e.ValueSetIds).Where(includesById.ContainsKey).Distinct(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(bound);
        var checkedCodes = 0;
        foreach (var valueSet in bound)
        {
            foreach (var member in Closure(valueSet, includesById).SelectMany(id => ownCodes[id]))
            {
                Assert.True(
                    Vocabulary.Contains(valueSet, new CodeRef(member["system"], member["code"])),
                    $"{valueSet} lacks {member["system"]}|{member["code"]} of {member["valueset_id"]}");
                checkedCodes++;
            }
        }

        Assert.True(checkedCodes > 2000, $"only {checkedCodes} codes checked");
    }

    [Fact]
    public void Example_instances_code_their_values_in_the_expected_systems()
    {
        var path = RepositoryPaths.RequireReference("mcode-ig", "mcode_stu4_example_instances_codes.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var checkedValues = 0;
        foreach (var instance in document.RootElement.EnumerateArray())
        {
            var element = Vocabulary.ResolveElement(instance.GetProperty("instanceOf").GetString());
            if (element?.Name is not ("PrimaryCancerCondition" or "TNMStageGroup" or "TNMPrimaryTumorCategory" or "CancerRelatedMedicationRequest" or "CancerRelatedSurgicalProcedure"))
            {
                continue;
            }

            var valuePath = element.Name switch
            {
                "PrimaryCancerCondition" or "CancerRelatedSurgicalProcedure" => "code",
                "CancerRelatedMedicationRequest" => "medicationCodeableConcept",
                _ => "valueCodeableConcept",
            };
            foreach (var coded in instance.GetProperty("coded_values").EnumerateArray().Where(c => c.GetProperty("path").GetString() == valuePath))
            {
                Assert.Contains(CodeSystems.Canonicalize(coded.GetProperty("system").GetString()!), element.ExpectedSystems);
                checkedValues++;
            }
        }

        Assert.True(checkedValues >= 15, $"only {checkedValues} example values checked");
    }

    [Fact]
    public async Task Generated_file_equals_what_the_script_writes_now()
    {
        var reference = RepositoryPaths.RequireReference("mcode-ig");
        var python = FindOnPath("python3");
        if (python is null)
        {
            Assert.Skip("python3 is not on PATH; the CSV membership test above still guards the data.");
        }

        var output = Path.Combine(Path.GetTempPath(), $"mcode-vocabulary-{Guid.NewGuid():N}.json");
        try
        {
            var start = new ProcessStartInfo(python)
            {
                WorkingDirectory = RepositoryPaths.RepositoryRoot,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                ArgumentList = { Path.Combine("scripts", "generate_mcode_vocabulary.py"), "--reference", reference, "--out", output },
            };
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
                Assert.Fail($"generator (pid {process.Id}) did not finish in 2 minutes");
            }

            Assert.True(process.ExitCode == 0, "generator failed: " + await stderr);
            var shipped = Path.Combine(RepositoryPaths.RepositoryRoot, "src", "McodeBench.Core", "Mcode", "Data", "mcode-stu4-vocabulary.json");
            Assert.True(
                await File.ReadAllTextAsync(output, timeout.Token) == await File.ReadAllTextAsync(shipped, timeout.Token),
                "src/McodeBench.Core/Mcode/Data/mcode-stu4-vocabulary.json is stale: run python3 scripts/generate_mcode_vocabulary.py and commit it.");
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static HashSet<string> Closure(string valueSet, Dictionary<string, List<string>> includesById)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([valueSet]);
        while (pending.TryPop(out var id))
        {
            if (seen.Add(id))
            {
                foreach (var included in includesById[id])
                {
                    pending.Push(included);
                }
            }
        }

        return seen;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    /// <summary>RFC 4180 rows as dictionaries by header (quoted fields may hold commas, quotes and line breaks).</summary>
    private static IEnumerable<Dictionary<string, string>> ReadCsv(string path)
    {
        var text = File.ReadAllText(path);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        var header = rows[0];
        return rows.Skip(1).Where(r => r.Count == header.Count).Select(r =>
            header.Select((name, index) => (name, value: r[index])).ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal));
    }
}
