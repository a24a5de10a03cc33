using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConfirmedHoursIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Trajectories_Municipality_NewcomerId_Id",
                table: "Trajectories",
                columns: new[] { "Municipality", "NewcomerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpActions_TrajectoryId_Type_Status_HoursConfirmedBy_Hours",
                table: "FollowUpActions",
                columns: new[] { "TrajectoryId", "Type", "Status", "HoursConfirmedBy", "Hours" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Trajectories_Municipality_NewcomerId_Id",
                table: "Trajectories");

            migrationBuilder.DropIndex(
                name: "IX_FollowUpActions_TrajectoryId_Type_Status_HoursConfirmedBy_Hours",
                table: "FollowUpActions");
        }
    }
}
