using System.Text;
using CsvHelper;

namespace McodeBench.Core.Tests.Reports.Exporters;

/// <summary>An exported CSV read back with CsvHelper's reader: the header and each record's fields by column name.</summary>
internal sealed record CsvText(string Raw, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Records)
{
    public static CsvText Parse(byte[] bytes)
    {
        var raw = Encoding.UTF8.GetString(bytes);
        using var reader = CsvReader.Create(bytes);
        var records = new List<IReadOnlyDictionary<string, string>>();
        IReadOnlyList<string>? header = null;
        while (reader.Read())
        {
            header ??= [.. reader.Headers];
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                fields[header[i]] = reader.GetString(i);
            }

            records.Add(fields);
        }

        return new CsvText(raw, header ?? [], records);
    }
}
