using System.Text.Json;
using McodeBench.Core.Annotations;
using McodeBench.Core.Tests.Support;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Trials;

/// <summary>The 82 real CT.gov API v2 records of the shared reference data: every one must load and assemble exactly.</summary>
public sealed class CtGovReferenceRecordsTests
{
    private static async Task<(string Path, TrialLoadResult Result)> LoadAsync()
    {
        var path = RepositoryPaths.RequireReference("ctgov", "studies.ndjson");
        return (path, await CtGovStudyReader.ReadFileAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task All_82_records_load_without_errors_or_warnings()
    {
        var (path, result) = await LoadAsync();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(File.ReadLines(path).Count(l => l.Trim().Length > 0), result.Trials.Count);
        Assert.Equal(82, result.Trials.Count);
        Assert.Equal(82, result.Trials.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Eligibility_and_titles_are_the_record_text_character_for_character()
    {
        var (path, result) = await LoadAsync();

        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var document = JsonDocument.Parse(line);
            var protocol = document.RootElement.GetProperty("protocolSection");
            var id = protocol.GetProperty("identificationModule").GetProperty("nctId").GetString()!;
            var trial = result.Trials.Single(t => t.Id == id);
            Assert.Equal(protocol.GetProperty("eligibilityModule").GetProperty("eligibilityCriteria").GetString(), trial.FindSection(SectionNames.Eligibility)!.Text);
            Assert.Equal(protocol.GetProperty("identificationModule").GetProperty("briefTitle").GetString(), trial.FindSection(SectionNames.BriefTitle)!.Text);
            var interventions = protocol.TryGetProperty("armsInterventionsModule", out var arms) && arms.TryGetProperty("interventions", out var list) ? list.GetArrayLength() : 0;
            Assert.Equal(interventions, trial.FindSection(SectionNames.Interventions)?.Text.Split('\n').Length ?? 0);
        }
    }

    [Fact]
    public async Task Every_record_assembles_and_every_section_maps_back_to_its_own_text()
    {
        var (_, result) = await LoadAsync();

        foreach (var trial in result.Trials)
        {
            var text = TrialTextAssembler.Assemble(trial);

            Assert.Equal(trial.Sections.Count, text.Sections.Count);
            foreach (var section in trial.Sections)
            {
                var whole = new TextSpan(section.Name, 0, section.Text.Length);
                Assert.Equal(section.Text, text.TextAt(whole));

                // A slice inside the section maps to the assembled text and back to the same section-relative span.
                var start = section.Text.Length / 3;
                var end = Math.Min(section.Text.Length, start + 25);
                var slice = new TextSpan(section.Name, start, end);
                Assert.Equal(section.Text[start..end], text.TextAt(slice));
                var global = text.ToGlobalStart(slice)!.Value;
                Assert.Equal(slice, text.ToSpan(global, global + slice.Length));
            }
        }
    }

    [Fact]
    public async Task Most_records_have_inclusion_and_exclusion_parts()
    {
        var (_, result) = await LoadAsync();

        var layouts = result.Trials.Select(t => EligibilityCriteriaSplitter.Split(t.FindSection(SectionNames.Eligibility)!.Text)).ToList();

        // 72 records have a line "Inclusion Criteria:" and 70 a line "Exclusion Criteria:" (counted with grep); other spellings add to these.
        Assert.True(layouts.Count(l => l.HasInclusion) >= 72);
        Assert.True(layouts.Count(l => l.HasExclusion) >= 70);
    }
}
