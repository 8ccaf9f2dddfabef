using McodeBench.Core.Gold;
using McodeBench.Core.Tests.Library;

namespace McodeBench.Core.Tests.Provenance;

/// <summary>Gold saved in another encoding is refused naming the file and the byte, never decoded into replacement characters.</summary>
public sealed class GoldUtf8Tests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_native_gold_file_in_latin1_is_an_error_naming_the_file_and_byte_offset()
    {
        var path = folder.Combine("latin1.gold.json");
        var bytes = "{\"format\":\"mcodebench-gold\",\"version\":1,\"trials\":[{\"trial_id\":\"NCT1\",\"entities\":[{\"text\":\"caf\u00e9\",\"type\":\"condition\"}]}]}"u8.ToArray();
        var latin1 = System.Text.Encoding.Latin1.GetBytes(System.Text.Encoding.UTF8.GetString(bytes));
        await File.WriteAllBytesAsync(path, latin1, TestContext.Current.CancellationToken);
        var offset = Array.IndexOf(latin1, (byte)0xE9);

        var result = await GoldStandardReader.ReadFileAsync(path, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(path, error.File);
        Assert.Contains($"byte offset {offset}", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Entries);
    }

    [Fact]
    public async Task A_brat_annotation_file_in_latin1_is_an_error_naming_it()
    {
        folder.Write("NCT1.txt", "caf\u00e9 au lait");
        var ann = folder.Combine("NCT1.ann");
        var latin1 = System.Text.Encoding.Latin1.GetBytes("T1\tcondition 0 4\tcaf\u00e9\n");
        await File.WriteAllBytesAsync(ann, latin1, TestContext.Current.CancellationToken);

        var result = await BratImporter.ImportDirectoryAsync(folder.Path, BratTypeMap.Canonical, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(ann, error.File);
        Assert.Contains($"byte offset {Array.IndexOf(latin1, (byte)0xE9)}", error.Message, StringComparison.Ordinal);
    }
}
