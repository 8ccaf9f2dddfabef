using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace McodeBench.Engine.Persistence.Postgres.Migrations
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    run_id = table.Column<string>(type: "text", nullable: true),
                    task_id = table.Column<string>(type: "text", nullable: true),
                    time_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    level = table.Column<string>(type: "text", nullable: false),
                    message = table.Column<string>(type: "text", nullable: false),
                    properties_json = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "response_cache",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false),
                    model_id = table.Column<string>(type: "text", nullable: true),
                    created_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    payload = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_response_cache", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "runs",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    spec_json = table.Column<string>(type: "text", nullable: false),
                    library_versions_json = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    task_count = table.Column<int>(type: "integer", nullable: false),
                    created_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    started_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    finished_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    run_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    pipeline = table.Column<string>(type: "text", nullable: false),
                    extraction_prompt_key = table.Column<string>(type: "text", nullable: true),
                    mapping_prompt_key = table.Column<string>(type: "text", nullable: true),
                    direct_prompt_key = table.Column<string>(type: "text", nullable: true),
                    model_key = table.Column<string>(type: "text", nullable: false),
                    trial_id = table.Column<string>(type: "text", nullable: false),
                    repeat_index = table.Column<int>(type: "integer", nullable: false),
                    tags_json = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    progress = table.Column<double>(type: "double precision", nullable: false),
                    created_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    started_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    finished_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    error = table.Column<string>(type: "text", nullable: true),
                    attempt_count = table.Column<int>(type: "integer", nullable: false),
                    failure_class = table.Column<string>(type: "text", nullable: true),
                    validation_passed = table.Column<bool>(type: "boolean", nullable: true),
                    result_summary = table.Column<string>(type: "text", nullable: true),
                    worker_id = table.Column<string>(type: "text", nullable: true),
                    calls = table.Column<int>(type: "integer", nullable: false),
                    cache_hits = table.Column<int>(type: "integer", nullable: false),
                    input_tokens = table.Column<long>(type: "bigint", nullable: false),
                    output_tokens = table.Column<long>(type: "bigint", nullable: false),
                    cached_input_tokens = table.Column<long>(type: "bigint", nullable: false),
                    would_be_input_tokens = table.Column<long>(type: "bigint", nullable: false),
                    would_be_output_tokens = table.Column<long>(type: "bigint", nullable: false),
                    cost = table.Column<decimal>(type: "numeric", nullable: false),
                    would_be_cost = table.Column<decimal>(type: "numeric", nullable: false),
                    latency = table.Column<long>(type: "bigint", nullable: false),
                    entity_f1_strict = table.Column<double>(type: "double precision", nullable: true),
                    entity_f1_type = table.Column<double>(type: "double precision", nullable: true),
                    mapping_f1_strict = table.Column<double>(type: "double precision", nullable: true),
                    mapping_f1_lenient = table.Column<double>(type: "double precision", nullable: true),
                    compliance = table.Column<double>(type: "double precision", nullable: true)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    task_id = table.Column<string>(type: "text", nullable: false),
                    attempt_number = table.Column<int>(type: "integer", nullable: false),
                    worker_id = table.Column<string>(type: "text", nullable: true),
                    started_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    finished_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ended_as = table.Column<string>(type: "text", nullable: false),
                    failure_class = table.Column<string>(type: "text", nullable: true),
                    failure_message = table.Column<string>(type: "text", nullable: true),
                    steps_json = table.Column<string>(type: "text", nullable: false),
                    warnings_json = table.Column<string>(type: "text", nullable: false),
                    usage_json = table.Column<string>(type: "text", nullable: false)
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
                    task_id = table.Column<string>(type: "text", nullable: false),
                    attempt_number = table.Column<int>(type: "integer", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false),
                    recorded_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    task_id = table.Column<string>(type: "text", nullable: false),
                    attempt_number = table.Column<int>(type: "integer", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false),
                    recorded_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
