namespace McodeBench.Engine.Tests.Persistence.Support;

public enum TestDatabaseKind
{
    Sqlite,
    Postgres,
}
