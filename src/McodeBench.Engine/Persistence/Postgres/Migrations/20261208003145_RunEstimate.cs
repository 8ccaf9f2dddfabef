using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McodeBench.Engine.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RunEstimate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "estimate_json",
                table: "runs",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "estimate_json",
                table: "runs");
        }
    }
}
