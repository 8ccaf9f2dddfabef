using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McodeBench.Engine.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<string>(type: "TEXT", nullable: true),
                    task_id = table.Column<string>(type: "TEXT", nullable: true),
                    time_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    level = table.Column<string>(type: "TEXT", nullable: false),
                    message = table.Column<string>(type: "TEXT", nullable: false),
                    properties_json = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "response_cache",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    model_id = table.Column<string>(type: "TEXT", nullable: true),
                    created_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expires_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    payload = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_response_cache", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "runs",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    spec_json = table.Column<string>(type: "TEXT", nullable: false),
                    library_versions_json = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    priority = table.Column<int>(type: "INTEGER", nullable: false),
                    task_count = table.Column<int>(type: "INTEGER", nullable: false),
                    created_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    started_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    finished_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    run_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    pipeline = table.Column<string>(type: "TEXT", nullable: false),
                    extraction_prompt_key = table.Column<string>(type: "TEXT", nullable: true),
                    mapping_prompt_key = table.Column<string>(type: "TEXT", nullable: true),
                    direct_prompt_key = table.Column<string>(type: "TEXT", nullable: true),
                    model_key = table.Column<string>(type: "TEXT", nullable: false),
                    trial_id = table.Column<string>(type: "TEXT", nullable: false),
                    repeat_index = table.Column<int>(type: "INTEGER", nullable: false),
                    tags_json = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    priority = table.Column<int>(type: "INTEGER", nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    progress = table.Column<double>(type: "REAL", nullable: false),
                    created_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    started_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    finished_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true),
                    attempt_count = table.Column<int>(type: "INTEGER", nullable: false),
                    failure_class = table.Column<string>(type: "TEXT", nullable: true),
                    validation_passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    result_summary = table.Column<string>(type: "TEXT", nullable: true),
                    worker_id = table.Column<string>(type: "TEXT", nullable: true),
                    calls = table.Column<int>(type: "INTEGER", nullable: false),
                    cache_hits = table.Column<int>(type: "INTEGER", nullable: false),
                    input_tokens = table.Column<long>(type: "INTEGER", nullable: false),
                    output_tokens = table.Column<long>(type: "INTEGER", nullable: false),
                    cached_input_tokens = table.Column<long>(type: "INTEGER", nullable: false),
                    would_be_input_tokens = table.Column<long>(type: "INTEGER", nullable: false),
                    would_be_output_tokens = table.Column<long>(type: "INTEGER", nullable: false),
                    cost = table.Column<double>(type: "REAL", nullable: false),
                    would_be_cost = table.Column<double>(type: "REAL", nullable: false),
                    latency = table.Column<long>(type: "INTEGER", nullable: false),
                    entity_f1_strict = table.Column<double>(type: "REAL", nullable: true),
                    entity_f1_type = table.Column<double>(type: "REAL", nullable: true),
                    mapping_f1_strict = table.Column<double>(type: "REAL", nullable: true),
                    mapping_f1_lenient = table.Column<double>(type: "REAL", nullable: true),
                    compliance = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_tasks_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attempts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    task_id = table.Column<string>(type: "TEXT", nullable: false),
                    attempt_number = table.Column<int>(type: "INTEGER", nullable: false),
                    worker_id = table.Column<string>(type: "TEXT", nullable: true),
                    started_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    finished_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ended_as = table.Column<string>(type: "TEXT", nullable: false),
                    failure_class = table.Column<string>(type: "TEXT", nullable: true),
                    failure_message = table.Column<string>(type: "TEXT", nullable: true),
                    steps_json = table.Column<string>(type: "TEXT", nullable: false),
                    warnings_json = table.Column<string>(type: "TEXT", nullable: false),
                    usage_json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attempts", x => x.id);
                    table.ForeignKey(
                        name: "fk_attempts_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "predictions",
                columns: table => new
                {
                    task_id = table.Column<string>(type: "TEXT", nullable: false),
                    attempt_number = table.Column<int>(type: "INTEGER", nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_predictions", x => x.task_id);
                    table.ForeignKey(
                        name: "fk_predictions_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "score_reports",
                columns: table => new
                {
                    task_id = table.Column<string>(type: "TEXT", nullable: false),
                    attempt_number = table.Column<int>(type: "INTEGER", nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_reports", x => x.task_id);
                    table.ForeignKey(
                        name: "fk_score_reports_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attempts_task_id_attempt_number",
                table: "attempts",
                columns: new[] { "task_id", "attempt_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_events_run_id_id",
                table: "events",
                columns: new[] { "run_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_response_cache_expires_utc",
                table: "response_cache",
                column: "expires_utc");

            migrationBuilder.CreateIndex(
                name: "ix_runs_created_utc",
                table: "runs",
                column: "created_utc");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_model_key",
                table: "tasks",
                column: "model_key");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_run_id_status",
                table: "tasks",
                columns: new[] { "run_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_sequence",
                table: "tasks",
                column: "sequence");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_status_priority_sequence",
                table: "tasks",
                columns: new[] { "status", "priority", "sequence" },
                descending: new[] { false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attempts");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "predictions");

            migrationBuilder.DropTable(
                name: "response_cache");

            migrationBuilder.DropTable(
                name: "score_reports");

            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropTable(
                name: "runs");
        }
    }
}
