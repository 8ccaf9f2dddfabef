namespace McodeBench.Engine.Persistence;

public enum DatabaseProvider
{
    /// <summary>A file in the data directory; the default.</summary>
    Sqlite,

    /// <summary>A server named by a connection string (<c>--db</c> or <c>MCODEBENCH_DB</c>).</summary>
    Postgres,
}
