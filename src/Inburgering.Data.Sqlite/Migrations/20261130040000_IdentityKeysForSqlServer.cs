using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IdentityKeysForSqlServer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
