using McodeBench.Core.Pipelines;
using McodeBench.Core.Tasks;
using McodeBench.Engine.Controls;
using McodeBench.Engine.Orchestration;
using McodeBench.Engine.Persistence.Paging;
using McodeBench.Engine.Persistence.Tasks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace McodeBench.Web.Api;

/// <summary><c>/api/tasks</c>: list tasks with filters and sorting, read one with its attempts, cancel one, change its priority.</summary>
internal static class TaskEndpoints
{
    public static void Map(RouteGroupBuilder tasks)
    {
        tasks.MapGet("/", ListAsync).WithName("ListTasks")
            .WithSummary("Tasks of every run, or one (run_id), filtered by status, model, prompt, trial, failure class, text and minimum score; sorted by any column.");
        tasks.MapPost("/cancel", CancelAsync).WithName("CancelTask").WithSummary("Cancels one task: {\"task_id\": \"…\"}.")
            .Accepts<TaskControl>("application/json");
        tasks.MapPut("/priority", ChangePriorityAsync).WithName("ChangeTaskPriority").WithSummary("Changes one task's priority: {\"task_id\": \"…\", \"priority\": \"high\"}.")
            .Accepts<TaskControl>("application/json");

        // Task ids contain slashes (run/r0/trial/model/prompt), so the id is the rest of the path.
        tasks.MapGet("/{**taskId}", GetAsync).WithName("GetTask").WithSummary("One task with every attempt it made.");
    }

    private static async Task<Results<Ok<Page<TaskView>>, ProblemHttpResult>> ListAsync(
        IBenchmarkEngine engine,
        [FromQuery(Name = "run_id")] string? runId,
        string[]? status,
        [FromQuery(Name = "model")] string? model,
        [FromQuery(Name = "prompt")] string? prompt,
        [FromQuery(Name = "trial")] string? trial,
        [FromQuery(Name = "failure_class")] string? failureClass,
        [FromQuery(Name = "q")] string? text,
        [FromQuery(Name = "min_score")] double? minScore,
        [FromQuery(Name = "score_column")] string? scoreColumn,
        string? sort,
        bool? descending,
        int? offset,
        int? limit,
        CancellationToken cancellationToken)
    {
        if (offset is < 0 || limit is < 1 or > 1_000)
        {
            return ApiProblems.BadRequest("offset must be 0 or more and limit from 1 to 1000.");
        }

        var statuses = new List<TrackedTaskStatus>();
        foreach (var value in status ?? [])
        {
            if (!QueryEnum.TryParse<TrackedTaskStatus>(value, "status", out var parsed, out var statusProblem))
            {
                return ApiProblems.BadRequest(statusProblem!);
            }

            statuses.AddRange(parsed is { } s ? [s] : []);
        }

        FailureClass? failure = null;
        if (!string.IsNullOrWhiteSpace(failureClass))
        {
            failure = FailureClassNames.FromWireName(failureClass.Trim());
            if (failure is null && !QueryEnum.TryParse<FailureClass>(failureClass, "failure_class", out failure, out var failureProblem))
            {
                return ApiProblems.BadRequest(failureProblem!);
            }
        }

        if (!QueryEnum.TryParse<TaskScoreColumn>(scoreColumn, "score_column", out var column, out var columnProblem))
        {
            return ApiProblems.BadRequest(columnProblem!);
        }

        if (minScore is < 0 or > 1 || minScore is double.NaN)
        {
            return ApiProblems.BadRequest($"min_score is {minScore}; scores run from 0 to 1.");
        }

        var query = new TaskQuery
        {
            RunId = Blank(runId),
            Statuses = statuses.Count > 0 ? statuses : null,
            ModelKey = Blank(model),
            PromptKey = Blank(prompt),
            TrialId = Blank(trial),
            FailureClass = failure,
            Text = Blank(text),
            MinScore = minScore,
            MinScoreColumn = column ?? TaskScoreColumn.EntityF1Type,
            SortBy = Blank(sort) ?? nameof(TaskRow.Sequence),
            Descending = descending ?? false,
            Offset = offset ?? 0,
            Limit = limit ?? 100,
        };

        Page<StoredTask> page;
        try
        {
            page = await engine.Database.Tasks.ListAsync(query, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException badSort) when (badSort.ParamName == "sortBy")
        {
            return ApiProblems.BadRequest(badSort.Message.Replace(" (Parameter 'sortBy')", string.Empty, StringComparison.Ordinal));
        }

        var models = engine.Workspace.Models;
        return TypedResults.Ok(new Page<TaskView>(page.Items.Select(t => TaskView.From(t, models)).ToList(), page.Total, page.Offset, page.Limit));
    }

    private static async Task<Results<Ok<TaskDetails>, ProblemHttpResult>> GetAsync(IBenchmarkEngine engine, string taskId, CancellationToken cancellationToken)
    {
        var id = Uri.UnescapeDataString(taskId);
        var stored = await engine.Database.Tasks.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return ApiProblems.TaskNotFound(id);
        }

        var attempts = await engine.Database.Tasks.AttemptsAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new TaskDetails(TaskView.From(stored, engine.Workspace.Models), attempts));
    }

    private static async Task<Results<Ok<ControlResult>, ProblemHttpResult>> CancelAsync(IBenchmarkEngine engine, HttpRequest request, CancellationToken cancellationToken)
    {
        var (control, problem) = await JsonBody.ReadAsync<TaskControl>(request, "{\"task_id\": \"…\"}", cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        return await ControlAsync(engine, control!.TaskId, t => engine.CancelTaskAsync(control.TaskId, t), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Results<Ok<ControlResult>, ProblemHttpResult>> ChangePriorityAsync(IBenchmarkEngine engine, HttpRequest request, CancellationToken cancellationToken)
    {
        var expected = "{\"task_id\": \"…\", \"priority\": \"low|normal|high|critical\"}";
        var (control, problem) = await JsonBody.ReadAsync<TaskControl>(request, expected, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (control!.Priority is not { } priority)
        {
            return ApiProblems.BadRequest($"The body names no priority; send {expected}.");
        }

        return await ControlAsync(engine, control.TaskId, t => engine.ChangeTaskPriorityAsync(control.TaskId, priority, t), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Results<Ok<ControlResult>, ProblemHttpResult>> ControlAsync(
        IBenchmarkEngine engine, string? taskId, Func<CancellationToken, Task<ControlResult>> control, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(taskId))
        {
            return ApiProblems.BadRequest("The body names no task; send {\"task_id\": \"…\"} with an id from GET /api/tasks.");
        }

        if (await engine.Database.Tasks.GetAsync(taskId, cancellationToken).ConfigureAwait(false) is null)
        {
            return ApiProblems.TaskNotFound(taskId);
        }

        try
        {
            return TypedResults.Ok(await control(cancellationToken).ConfigureAwait(false));
        }
        catch (RunControlException refused)
        {
            return ApiProblems.ControlRefused(refused.Message);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
