using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RegionHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The days the dossier's region changed (a move between Flanders and Brussels through an accepted transfer,
            // ADR 0007). No backfill: transfers are not in production yet, so no existing dossier has moved between regions,
            // and the empty default is the truth for every row.
            migrationBuilder.AddColumn<DateOnly[]>(
                name: "RegionChangedOn",
                table: "Newcomers",
                type: "date[]",
                nullable: false,
                defaultValue: new DateOnly[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RegionChangedOn",
                table: "Newcomers");
        }
    }
}
