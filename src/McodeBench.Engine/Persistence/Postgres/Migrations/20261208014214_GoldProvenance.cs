using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace McodeBench.Engine.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class GoldProvenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "gold_digest",
                table: "runs",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "trial_text_digest",
                table: "runs",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "score_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    run_id = table.Column<string>(type: "text", nullable: false),
                    task_id = table.Column<string>(type: "text", nullable: false),
                    attempt_number = table.Column<int>(type: "integer", nullable: false),
                    gold_digest = table.Column<string>(type: "text", nullable: true),
                    trial_text_digest = table.Column<string>(type: "text", nullable: true),
                    replaced_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_score_history_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_score_history_run_id_id",
                table: "score_history",
                columns: new[] { "run_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_score_history_task_id_id",
                table: "score_history",
                columns: new[] { "task_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "score_history");

            migrationBuilder.DropColumn(
                name: "gold_digest",
                table: "runs");

            migrationBuilder.DropColumn(
                name: "trial_text_digest",
                table: "runs");
        }
    }
}
