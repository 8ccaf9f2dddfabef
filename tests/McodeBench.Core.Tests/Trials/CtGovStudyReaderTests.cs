using McodeBench.Core.Tests.Support;
using McodeBench.Core.Trials;

namespace McodeBench.Core.Tests.Trials;

public sealed class CtGovStudyReaderTests
{
    private const string Study = """
        {"protocolSection": {
          "identificationModule": {"nctId": "NCT00000001", "briefTitle": "Short title", "officialTitle": "Official title"},
          "statusModule": {"overallStatus": "RECRUITING"},
          "designModule": {"studyType": "INTERVENTIONAL", "phases": ["PHASE2", "PHASE3"]},
          "conditionsModule": {"conditions": ["Breast Cancer", "HER2-positive Breast Cancer"], "keywords": ["HER2", "trastuzumab"]},
          "descriptionModule": {"briefSummary": "A summary.", "detailedDescription": "More detail."},
          "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria:\n\n* HER2-positive\n\nExclusion Criteria:\n\n* Pregnancy"},
          "armsInterventionsModule": {"interventions": [
            {"type": "DRUG", "name": "Trastuzumab", "description": "Given IV\nevery 3 weeks."},
            {"type": "DIETARY_SUPPLEMENT", "name": "Vitamin D"}
          ]}
        }}
        """;

    private static string StudyWithId(string nctId) => Study.Replace("NCT00000001", nctId, StringComparison.Ordinal);

    [Fact]
    public void Maps_protocol_section_modules_to_trial_fields_sections_and_tags()
    {
        var result = CtGovStudyReader.Read(Study, "study.json");

        Assert.Empty(result.Diagnostics);
        var trial = Assert.Single(result.Trials);
        Assert.Equal("NCT00000001", trial.Id);
        Assert.Equal("Short title", trial.Title);
        Assert.Equal(SectionNames.All, trial.Sections.Select(s => s.Name));
        Assert.Equal("Breast Cancer\nHER2-positive Breast Cancer", trial.FindSection(SectionNames.Conditions)!.Text);
        Assert.Equal("HER2\ntrastuzumab", trial.FindSection(SectionNames.Keywords)!.Text);
        Assert.Equal("Inclusion Criteria:\n\n* HER2-positive\n\nExclusion Criteria:\n\n* Pregnancy", trial.FindSection(SectionNames.Eligibility)!.Text);
        Assert.Equal("Drug: Trastuzumab — Given IV every 3 weeks.\nDietary supplement: Vitamin D", trial.FindSection(SectionNames.Interventions)!.Text);
        Assert.Equal(["Breast Cancer", "HER2-positive Breast Cancer"], trial.Conditions);
        Assert.Equal(["HER2", "trastuzumab"], trial.Keywords);
        Assert.Equal(
            ["phase:PHASE2", "phase:PHASE3", "status:RECRUITING", "study_type:INTERVENTIONAL", "condition:breast cancer", "condition:her2-positive breast cancer"],
            trial.Tags);
    }

    [Fact]
    public void Reads_an_array_of_studies_and_an_api_search_page()
    {
        var array = CtGovStudyReader.Read($"[{StudyWithId("NCT1")}, {StudyWithId("NCT2")}]", "array.json");
        var page = CtGovStudyReader.Read($$"""{"studies": [{{StudyWithId("NCT3")}}], "nextPageToken": "x"}""", "page.json");

        Assert.Equal(["NCT1", "NCT2"], array.Trials.Select(t => t.Id));
        Assert.Equal(["NCT3"], page.Trials.Select(t => t.Id));
        Assert.False(array.HasErrors || page.HasErrors);
    }

    [Fact]
    public void Ndjson_with_a_broken_line_names_that_line_and_still_loads_the_others()
    {
        var ndjson = string.Join('\n', OneLine(StudyWithId("NCT1")), "{\"protocolSection\": {\"identificationModule\": ", string.Empty, OneLine(StudyWithId("NCT3")));

        var result = CtGovStudyReader.Read(ndjson, "studies.ndjson");

        Assert.Equal(["NCT1", "NCT3"], result.Trials.Select(t => t.Id));
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.NotNull(error.Column);
        Assert.Contains("studies.ndjson(line 2", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("one complete study object", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Ndjson_is_recognised_by_its_content_when_the_name_does_not_say_so()
    {
        var result = CtGovStudyReader.Read(OneLine(StudyWithId("NCT1")) + "\n" + OneLine(StudyWithId("NCT2")) + "\n", "download.json");

        Assert.Equal(["NCT1", "NCT2"], result.Trials.Select(t => t.Id));
    }

    [Fact]
    public void A_pretty_printed_document_with_junk_after_it_is_one_syntax_error_not_ndjson()
    {
        var result = CtGovStudyReader.Read(Study + "\n{\"extra\": 1}", "study.json");

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(Study.Split('\n').Length + 1, error.Line);
        Assert.Empty(result.Trials);
    }

    [Fact]
    public async Task Ndjson_streams_from_a_file_and_errors_name_the_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mcodebench-{Guid.NewGuid():N}.ndjson");
        await File.WriteAllTextAsync(path, OneLine(StudyWithId("NCT1")) + "\nnot json\n", TestContext.Current.CancellationToken);
        try
        {
            var result = await CtGovStudyReader.ReadFileAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal(["NCT1"], result.Trials.Select(t => t.Id));
            var error = Assert.Single(result.Errors);
            Assert.Equal(path, error.File);
            Assert.Equal(2, error.Line);

            // "not json" starts like the literal null; the reader stops at the 'o'.
            Assert.Equal(2, error.Column);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Test_case_wrapper_keeps_the_case_id_as_a_tag_and_uses_it_when_there_is_no_nct_id()
    {
        const string withoutNct = """{"protocolSection": {"identificationModule": {"briefTitle": "No id"}, "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria: adults"}}}""";
        var json = "{\"test_cases\": {\"with_nct\": " + StudyWithId("NCT9") + ", \"without_nct\": " + withoutNct + "}}";

        var result = CtGovStudyReader.Read(json, "cases.json");

        Assert.Equal(["NCT9", "without_nct"], result.Trials.Select(t => t.Id));
        Assert.Equal("with_nct", TrialTags.CaseIdOf(result.Trials[0]));
        Assert.Same(result.Trials[0], result.Find("with_nct"));
        Assert.Same(result.Trials[1], result.Find("without_nct"));
    }

    [Fact]
    public async Task Reads_the_predecessor_multi_cancer_test_cases()
    {
        var path = RepositoryPaths.RequireReference("predecessor", "v1", "tests", "data", "test_cases", "multi_cancer.json");

        var result = await CtGovStudyReader.ReadFileAsync(path, TestContext.Current.CancellationToken);

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        Assert.Equal(8, result.Trials.Count);
        Assert.All(result.Trials, t => Assert.StartsWith("NCT", t.Id, StringComparison.Ordinal));
        Assert.All(result.Trials, t => Assert.NotNull(TrialTags.CaseIdOf(t)));
        Assert.Equal("NCT23456789", result.Find("pancreatic_cancer_advanced")!.Id);
        Assert.All(result.Trials, t => Assert.NotNull(t.FindSection(SectionNames.Eligibility)));
    }

    [Fact]
    public void A_study_without_eligibility_criteria_loads_with_a_warning()
    {
        var json = """{"protocolSection": {"identificationModule": {"nctId": "NCT5", "briefTitle": "T"}}}""";

        var result = CtGovStudyReader.Read(json, "study.json");

        var trial = Assert.Single(result.Trials);
        Assert.Null(trial.FindSection(SectionNames.Eligibility));
        Assert.False(result.HasErrors);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("NCT5", warning.TrialId);
        Assert.Equal("$.protocolSection.eligibilityModule.eligibilityCriteria", warning.JsonPath);
        Assert.Contains("no eligibility criteria", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_syntax_errors_give_one_based_line_and_column()
    {
        // "é" is two bytes in UTF-8; the column counts characters, as an editor shows it.
        var result = CtGovStudyReader.Read("{\n  \"protocolSection\": {\n    \"identificationModule\": {\"nctId\": \"NCT1é\",}\n  }\n}", "bad.json");

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(3, error.Line);
        Assert.Equal(47, error.Column);
        Assert.Contains("bad.json(line 3, column 47)", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_without_protocol_section_or_id_are_errors_with_their_path()
    {
        var result = CtGovStudyReader.Read("""[{"hasResults": false}, {"protocolSection": {"identificationModule": {"briefTitle": "x"}}}]""", "a.json");

        Assert.Empty(result.Trials);
        Assert.Equal(["$[0].protocolSection", "$[1].protocolSection.identificationModule.nctId"], result.Errors.Select(e => e.JsonPath));
    }

    [Fact]
    public void Values_of_the_wrong_kind_are_warned_about_and_ignored()
    {
        var json = """{"protocolSection": {"identificationModule": {"nctId": "NCT1"}, "conditionsModule": {"conditions": "Breast Cancer"}, "eligibilityModule": {"eligibilityCriteria": "x"}}}""";

        var result = CtGovStudyReader.Read(json, "a.json");

        Assert.Empty(Assert.Single(result.Trials).Conditions);
        Assert.Equal("$.protocolSection.conditionsModule.conditions", Assert.Single(result.Warnings).JsonPath);
    }

    [Fact]
    public void A_repeated_nct_id_keeps_the_first_copy_and_warns()
    {
        var result = CtGovStudyReader.Read($"[{StudyWithId("NCT1")}, {StudyWithId("NCT1").Replace("Short title", "Other", StringComparison.Ordinal)}]", "a.json");

        Assert.Equal("Short title", Assert.Single(result.Trials).Title);
        Assert.Equal("$[1]", Assert.Single(result.Warnings).JsonPath);
    }

    [Fact]
    public async Task A_missing_file_is_an_error_not_an_exception()
    {
        var result = await CtGovStudyReader.ReadFileAsync("/no/such/studies.ndjson", TestContext.Current.CancellationToken);

        Assert.Contains("file not found", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    private static string OneLine(string json) => json.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
