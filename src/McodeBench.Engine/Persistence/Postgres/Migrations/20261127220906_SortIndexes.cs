using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McodeBench.Engine.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tasks_model_key",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_sequence",
                table: "tasks");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_compliance_id",
                table: "tasks",
                columns: new[] { "compliance", "id" },
                filter: "\"compliance\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_cost_id",
                table: "tasks",
                columns: new[] { "cost", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_entity_f1_strict_id",
                table: "tasks",
                columns: new[] { "entity_f1_strict", "id" },
                filter: "\"entity_f1_strict\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_entity_f1_type_id",
                table: "tasks",
                columns: new[] { "entity_f1_type", "id" },
                filter: "\"entity_f1_type\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_input_tokens_id",
                table: "tasks",
                columns: new[] { "input_tokens", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_latency_id",
                table: "tasks",
                columns: new[] { "latency", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_mapping_f1_lenient_id",
                table: "tasks",
                columns: new[] { "mapping_f1_lenient", "id" },
                filter: "\"mapping_f1_lenient\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_mapping_f1_strict_id",
                table: "tasks",
                columns: new[] { "mapping_f1_strict", "id" },
                filter: "\"mapping_f1_strict\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_model_key_id",
                table: "tasks",
                columns: new[] { "model_key", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_sequence_id",
                table: "tasks",
                columns: new[] { "sequence", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_trial_id_id",
                table: "tasks",
                columns: new[] { "trial_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tasks_compliance_id",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_cost_id",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_entity_f1_strict_id",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_entity_f1_type_id",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_input_tokens_id",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_latency_id",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_mapping_f1_lenient_id",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_mapping_f1_strict_id",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_model_key_id",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_sequence_id",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_trial_id_id",
                table: "tasks");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_model_key",
                table: "tasks",
                column: "model_key");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_sequence",
                table: "tasks",
                column: "sequence");
        }
    }
}
