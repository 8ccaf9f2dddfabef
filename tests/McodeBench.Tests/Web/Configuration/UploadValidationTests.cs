using Bunit;
using McodeBench.Core.Trials;
using McodeBench.Tests.Web.PageSupport;
using McodeBench.Tests.Web.Support;
using McodeBench.Web.Pages.Configuration;
using Microsoft.AspNetCore.Components.Forms;
using TestContext = Xunit.TestContext;

namespace McodeBench.Tests.Web.Configuration;

public sealed class UploadValidationTests
{
    private static string SampleTrialJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "trials", "NCT99000001.json"));

    private static string SampleGoldJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "gold", "NCT99000001.gold.json"));

    [Fact]
    public void A_valid_ctgov_record_can_be_saved()
    {
        var report = UploadValidation.CtGov(SampleTrialJson, "whatever.json");

        Assert.False(report.HasErrors);
        Assert.Equal("NCT99000001", Assert.Single(report.Trials).Id);
        Assert.True(report.CanSave);
    }

    [Fact]
    public void Broken_json_is_reported_with_its_place_and_cannot_be_saved()
    {
        var report = UploadValidation.CtGov("{ \"protocolSection\": ", "../../etc/passwd.json");

        Assert.True(report.HasErrors);
        Assert.False(report.CanSave);
        // The uploaded name never reaches the report (nor a path).
        Assert.Equal("upload.json", report.SourceName);
        Assert.All(report.Diagnostics, d => Assert.DoesNotContain("passwd", d.File, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gold_is_checked_against_the_loaded_trial()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);

        var good = UploadValidation.NativeGold(SampleGoldJson, environment.Engine.Workspace.Trials);
        var shifted = UploadValidation.NativeGold(SampleGoldJson.Replace("\"start\": 0,", "\"start\": 1,", StringComparison.Ordinal), environment.Engine.Workspace.Trials);

        Assert.True(good.CanSave, string.Join("; ", good.Diagnostics));
        Assert.True(shifted.HasErrors, "A span whose text does not match the trial must be an error.");
    }

    [Fact]
    public void A_trial_id_that_is_not_a_plain_name_is_refused()
    {
        var report = UploadValidation.Brat("../evil", "Text.", string.Empty);

        Assert.True(report.HasErrors);
        Assert.False(UploadValidation.IsSafeId("../evil"));
        Assert.False(UploadValidation.IsSafeId(".hidden"));
        Assert.True(UploadValidation.IsSafeId("NCT01234567"));
    }

    [Fact]
    public void Saving_names_the_file_after_the_trial_and_never_overwrites()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mcodebench-upload-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var report = UploadValidation.CtGov(SampleTrialJson, "my upload.json");

            var path = UploadStore.Save(report, folder);

            Assert.Equal(Path.Combine(Path.GetFullPath(folder), "NCT99000001.json"), path);
            Assert.Equal(SampleTrialJson, File.ReadAllText(path));
            var again = Assert.Throws<InvalidOperationException>(() => UploadStore.Save(report, folder));
            Assert.Contains("exists already", again.Message, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task The_upload_panel_shows_the_validation_report_before_anything_is_saved()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var environment = await WebTestEnvironment.CreateAsync(cancellationToken);
        await using var context = new PageTestContext(environment);
        var trials = Path.Combine(environment.Folder, "trials");
        var files = new LibraryFiles("prompts.json", "models.json", [trials], [Path.Combine(environment.Folder, "gold")]);
        var panel = context.Render<UploadPanel>(p => p.Add(c => c.Files, files));

        panel.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("{ not json", "broken.json"));

        panel.WaitForAssertion(() => Assert.Contains("Validation report", panel.Markup, StringComparison.Ordinal));
        Assert.Contains("error", panel.Find("#upload-status").TextContent, StringComparison.Ordinal);
        var save = panel.FindAll("button").Single(b => b.TextContent.Trim() == "Save");
        Assert.True(save.HasAttribute("disabled"));
        Assert.False(Directory.Exists(trials) && Directory.EnumerateFiles(trials).Any());
    }
}
