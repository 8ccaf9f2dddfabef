using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace McodeBench.Engine.Persistence.Sql;

/// <summary>
/// Plain INSERT and UPDATE statements for the writes the engine makes thousands of times a second (task claims and
/// results, run creation, event batches). Everything provider-specific comes from the EF model: table and column
/// names, identifier quoting, parameter syntax, and each column's type mapping with its value converter, so a row
/// written here is stored exactly as EF would store it and reads back through EF unchanged. It skips EF's change
/// tracker and update pipeline, which cost about ten times the statements themselves; on PostgreSQL inserts put up to a
/// hundred rows in one statement.
/// </summary>
internal static class RowCommands
{
    /// <summary>
    /// Rows per INSERT on PostgreSQL, where a round trip per row would dominate. SQLite runs in process and binds
    /// parameters by a linear search of their names, so there one row per statement, prepared once, is fastest
    /// (100,000 tasks: 3.5 s against 29 s with a hundred rows per statement).
    /// </summary>
    private const int RowsPerServerStatement = 100;

    /// <summary>Inserts <paramref name="rows"/> in order (database-generated keys are left to the database); returns how many.</summary>
    public static async Task<int> InsertAsync<TRow>(BenchDbContext context, IEnumerable<TRow> rows, CancellationToken cancellationToken)
        where TRow : class
    {
        var (entity, table) = TableOf<TRow>(context);
        var sql = context.GetService<ISqlGenerationHelper>();
        var columns = InsertedColumns(entity);
        var getters = columns.Select(c => c.GetGetter()).ToArray();
        var converters = columns.Select(c => c.GetRelationalTypeMapping().Converter).ToArray();
        var command = await CreateCommandAsync(context, string.Empty, cancellationToken).ConfigureAwait(false);
        await using var scope = command.ConfigureAwait(false);
        var count = 0;
        var rowsInText = 0;
        foreach (var group in rows.Chunk(context.Database.IsSqlite() ? 1 : RowsPerServerStatement))
        {
            // The same text and parameters for every full group: SQLite reuses its prepared statement, and only the
            // values change (creating ~30 parameters per row through their type mappings cost more than the insert).
            if (group.Length != rowsInText)
            {
                command.CommandText = InsertText(sql, table, columns, group.Length);
                command.Parameters.Clear();
                for (var row = 0; row < group.Length; row++)
                {
                    for (var column = 0; column < columns.Count; column++)
                    {
                        AddParameter(command, sql, $"p{row}_{column}", columns[column], null);
                    }
                }

                rowsInText = group.Length;
            }

            for (var row = 0; row < group.Length; row++)
            {
                for (var column = 0; column < columns.Count; column++)
                {
                    command.Parameters[(row * columns.Count) + column].Value = ProviderValue(converters[column], getters[column].GetClrValue(group[row]));
                }
            }

            count += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    // What the type mapping's CreateParameter stores as the value: the converted value, or DBNull for null.
    private static object ProviderValue(ValueConverter? converter, object? value) =>
        value is null ? DBNull.Value : (converter is null ? value : converter.ConvertToProvider(value) ?? DBNull.Value);

    /// <summary>
    /// Inserts <paramref name="rows"/> with PostgreSQL's binary <c>COPY</c>, in the current transaction: for bulk
    /// inserts (a run's tasks), where multi-row INSERT statements keep the server parsing and planning. Values go
    /// through each property's value converter and are sent as the column's store type, as EF would store them.
    /// </summary>
    public static async Task<int> CopyAsync<TRow>(BenchDbContext context, IReadOnlyCollection<TRow> rows, CancellationToken cancellationToken)
        where TRow : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var (entity, table) = TableOf<TRow>(context);
        var sql = context.GetService<ISqlGenerationHelper>();
        var columns = InsertedColumns(entity);
        var getters = columns.Select(c => c.GetGetter()).ToArray();
        var converters = columns.Select(c => c.GetRelationalTypeMapping().Converter).ToArray();
        var storeTypes = columns.Select(c => c.GetRelationalTypeMapping().StoreType).ToArray();
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        var text = AppendTableAndColumns(new StringBuilder("COPY "), sql, table, columns).Append(" FROM STDIN (FORMAT BINARY)").ToString();
        var importer = await connection.BeginBinaryImportAsync(text, cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                for (var column = 0; column < columns.Count; column++)
                {
                    var value = ProviderValue(converters[column], getters[column].GetClrValue(row));
                    if (value is DBNull)
                    {
                        await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await importer.WriteAsync(value, storeTypes[column], cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            return (int)await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string InsertText(ISqlGenerationHelper sql, StoreObjectIdentifier table, List<IProperty> columns, int rows)
    {
        var text = AppendTableAndColumns(new StringBuilder("INSERT INTO "), sql, table, columns).Append(" VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (")
                .AppendJoin(", ", columns.Select((_, column) => sql.GenerateParameterNamePlaceholder($"p{row}_{column}")))
                .Append(')');
        }

        return text.ToString();
    }

    /// <summary>
    /// Sets the <paramref name="set"/> properties of the stored row to <paramref name="values"/>' values, where every
    /// <paramref name="where"/> property has the value given (null matches NULL). Returns the rows changed: 0 means
    /// the row is gone or has moved on.
    /// </summary>
    public static async Task<int> UpdateAsync<TRow>(
        BenchDbContext context,
        TRow values,
        IEnumerable<string> set,
        IEnumerable<(string Property, object? Value)> where,
        CancellationToken cancellationToken)
        where TRow : class
    {
        var (entity, table) = TableOf<TRow>(context);
        var sql = context.GetService<ISqlGenerationHelper>();
        var text = new StringBuilder("UPDATE ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" SET ");
        var command = await CreateCommandAsync(context, string.Empty, cancellationToken).ConfigureAwait(false);
        await using var scope = command.ConfigureAwait(false);
        var index = 0;
        foreach (var name in set)
        {
            var property = PropertyOf(entity, name);
            text.Append(index == 0 ? string.Empty : ", ").Append(sql.DelimitIdentifier(property.GetColumnName(table)!)).Append(" = ")
                .Append(sql.GenerateParameterNamePlaceholder("s" + index));
            AddParameter(command, sql, "s" + index, property, property.GetGetter().GetClrValue(values));
            index++;
        }

        var condition = 0;
        foreach (var (name, value) in where)
        {
            var property = PropertyOf(entity, name);
            text.Append(condition == 0 ? " WHERE " : " AND ").Append(sql.DelimitIdentifier(property.GetColumnName(table)!));
            if (value is null)
            {
                text.Append(" IS NULL");
            }
            else
            {
                text.Append(" = ").Append(sql.GenerateParameterNamePlaceholder("w" + condition));
                AddParameter(command, sql, "w" + condition, property, value);
            }

            condition++;
        }

        command.CommandText = text.ToString();
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // Every mapped column but a key the database generates: what an INSERT or a COPY writes.
    private static List<IProperty> InsertedColumns(IEntityType entity) =>
        entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated.HasFlag(ValueGenerated.OnAdd))).ToList();

    // "table (column, column, …)", quoted for the provider.
    private static StringBuilder AppendTableAndColumns(StringBuilder text, ISqlGenerationHelper sql, StoreObjectIdentifier table, List<IProperty> columns) =>
        text.Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))
            .Append(')');

    private static (IEntityType Entity, StoreObjectIdentifier Table) TableOf<TRow>(BenchDbContext context)
    {
        var entity = context.Model.FindEntityType(typeof(TRow)) ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not part of the database model.");
        return (entity, StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()));
    }

    private static IProperty PropertyOf(IEntityType entity, string name) =>
        entity.FindProperty(name) ?? throw new InvalidOperationException($"{entity.ClrType.Name} has no mapped property '{name}'.");

    private static async Task<DbCommand> CreateCommandAsync(BenchDbContext context, string text, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = text;
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        if (context.Database.GetCommandTimeout() is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        return command;
    }

    // The property's own type mapping applies its value converter (UTC times, enum names, decimal as double on SQLite).
    private static void AddParameter(DbCommand command, ISqlGenerationHelper sql, string name, IProperty property, object? value) =>
        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName(name), value, property.IsNullable));
}
