namespace McodeBench.Engine.Persistence;

/// <summary>The database could not be opened or brought up to date; the message says which one and what to check.</summary>
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException(string where, Exception innerException)
        : base(
            $"Could not open or migrate {where}: {innerException?.Message} "
            + "Check that the data directory is writable (--data-dir) or that the PostgreSQL server is running and the connection string (--db or MCODEBENCH_DB) is right.",
            innerException)
    {
    }

    public DatabaseUnavailableException()
    {
    }

    public DatabaseUnavailableException(string message)
        : base(message)
    {
    }
}
