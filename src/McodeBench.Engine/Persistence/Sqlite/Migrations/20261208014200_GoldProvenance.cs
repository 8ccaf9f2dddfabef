using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McodeBench.Engine.Persistence.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "trial_text_digest",
                table: "runs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "score_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<string>(type: "TEXT", nullable: false),
                    task_id = table.Column<string>(type: "TEXT", nullable: false),
                    attempt_number = table.Column<int>(type: "INTEGER", nullable: false),
                    gold_digest = table.Column<string>(type: "TEXT", nullable: true),
                    trial_text_digest = table.Column<string>(type: "TEXT", nullable: true),
                    replaced_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false)
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
