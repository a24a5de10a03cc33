using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Inburgering.Web.Data.Migrations;

/// <summary>One-time activation codes for newcomer accounts, how newcomers reach their office, and the shared data protection keys.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123140000_NewcomerAccessAndKeys")]
public sealed class NewcomerAccessAndKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Address", table: "Offices", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Phone", table: "Offices", maxLength: 30, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Email", table: "Offices", maxLength: 200, nullable: true);

        migrationBuilder.CreateTable(
            name: "Invitations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                NewcomerId = table.Column<Guid>(nullable: false),
                CodeHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                ExpiresAtUtc = table.Column<DateTime>(nullable: false),
                UsedAtUtc = table.Column<DateTime>(nullable: true),
                RevokedAtUtc = table.Column<DateTime>(nullable: true),
                CreatedById = table.Column<string>(maxLength: 450, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Invitations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Invitations_Newcomers_NewcomerId",
                    column: x => x.NewcomerId,
                    principalTable: "Newcomers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FriendlyName = table.Column<string>(maxLength: 200, nullable: true),
                Xml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_Invitations_CodeHash",
            table: "Invitations",
            column: "CodeHash",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Invitations_NewcomerId",
            table: "Invitations",
            column: "NewcomerId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "DataProtectionKeys");
        migrationBuilder.DropTable(name: "Invitations");
        foreach (var column in new[] { "Email", "Phone", "Address" })
        {
            migrationBuilder.DropColumnPortably("Offices", column);
        }
    }
}
