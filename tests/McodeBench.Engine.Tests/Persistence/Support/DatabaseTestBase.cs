using McodeBench.Core.Tasks;
using McodeBench.Engine.Persistence;
using Microsoft.Extensions.Time.Testing;

namespace McodeBench.Engine.Tests.Persistence.Support;

/// <summary>
/// A test class over a fresh database of one provider. Each concept's tests derive from it once; nested
/// <c>OnSqlite</c> and <c>OnPostgres</c> classes run the same tests on both providers.
/// </summary>
public abstract class DatabaseTestBase(TestDatabaseKind kind) : IAsyncLifetime
{
    private TestDatabase? database;
    private BenchDatabase? db;

    /// <summary>A clock with sub-second digits, so time round trips are tested to the microsecond.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1_234_560));

    protected TaskStatusTransitions Transitions => new(Clock);

    protected TestDatabaseKind Kind { get; } = kind;

    protected TestDatabase Database => database ?? throw new InvalidOperationException("The test database is not created yet.");

    protected BenchDatabase Db => db ?? throw new InvalidOperationException("The test database is not open yet.");

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    protected DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Kind, Token);
        db = await database.OpenAsync(Clock, cancellationToken: Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (db is not null)
        {
            await db.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Stores a run of <paramref name="count"/> tasks, queued (through the transitions) unless told otherwise.</summary>
    protected async Task<IReadOnlyList<BenchmarkTask>> SeedRunAsync(string runId, int count, TaskPriority priority = TaskPriority.Normal, bool queue = true, string model = "model-a")
    {
        var tasks = TestData.Tasks(runId, count, Now, priority, model).ToList();
        if (queue)
        {
            foreach (var task in tasks)
            {
                Transitions.Apply(task, TrackedTaskStatus.Queued);
            }
        }

        await Db.Runs.CreateAsync(TestData.Run(runId, Now, priority), tasks, Token);
        return tasks;
    }
}
