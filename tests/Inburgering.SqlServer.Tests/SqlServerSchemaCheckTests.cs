namespace Inburgering.SqlServer.Tests;

/// <summary>
/// Known-bad scripts: each check must catch the fault it exists for. Where DacFx stays silent (large-object keys, key size,
/// cascade paths) the test says so, since the engine rules are then the only guard; where DacFx also rejects the script
/// (foreign key types, identity), the engine rule is a second, independent guard.
/// </summary>
public class SqlServerSchemaCheckTests
{
    private const string Parent = """
        CREATE TABLE [Offices] (
            [Id] uniqueidentifier NOT NULL,
            [Code] bigint NOT NULL,
            [Name] nvarchar(100) NOT NULL,
            CONSTRAINT [PK_Offices] PRIMARY KEY ([Id]),
            CONSTRAINT [AK_Offices_Code] UNIQUE ([Code])
        );
        GO

        """;

    [Fact]
    public void Run_SoundScript_FindsNothing()
    {
        var sql = Parent + """
            CREATE TABLE [Newcomers] (
                [Id] int NOT NULL IDENTITY(1, 1),
                [OfficeId] uniqueidentifier NOT NULL,
                [Name] nvarchar(450) NOT NULL,
                [Notes] nvarchar(max) NULL,
                CONSTRAINT [PK_Newcomers] PRIMARY KEY ([Id]),
                CONSTRAINT [FK_Newcomers_Offices_OfficeId] FOREIGN KEY ([OfficeId]) REFERENCES [Offices] ([Id]) ON DELETE CASCADE
            );
            GO
            CREATE INDEX [IX_Newcomers_Name] ON [Newcomers] ([Name]) INCLUDE ([Notes]);
            """;

        var check = SqlServerSchemaCheck.Run(sql);

        Assert.Empty(check.ParseErrors);
        Assert.Empty(check.DacFxErrors);
        Assert.Empty(check.Findings);
    }

    [Fact]
    public void Run_AlterColumnOfAPrimaryKey_FindsTheDependentKey()
    {
        var sql = Parent + "ALTER TABLE [Offices] ALTER COLUMN [Code] int NOT NULL;";

        var check = SqlServerSchemaCheck.Run(sql);

        Assert.Empty(check.ParseErrors);
        var finding = Assert.Single(check.Findings);
        Assert.StartsWith("5074", finding.Rule, StringComparison.Ordinal);
        Assert.Contains("ALTER COLUMN [dbo.Offices].[Code] while UNIQUE [AK_Offices_Code]", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AlterColumnReferencedByAForeignKey_FindsTheForeignKey()
    {
        var sql = Parent + """
            CREATE TABLE [Newcomers] (
                [Id] int NOT NULL,
                [OfficeCode] bigint NOT NULL,
                CONSTRAINT [PK_Newcomers] PRIMARY KEY ([Id]),
                CONSTRAINT [FK_Newcomers_Offices_OfficeCode] FOREIGN KEY ([OfficeCode]) REFERENCES [Offices] ([Code])
            );
            GO
            ALTER TABLE [Newcomers] ALTER COLUMN [OfficeCode] bigint NULL;
            """;

        var findings = SqlServerSchemaCheck.Run(sql).Findings;

        Assert.Contains(findings, f => f.Rule.StartsWith("5074", StringComparison.Ordinal) && f.Message.Contains("FOREIGN KEY [FK_Newcomers_Offices_OfficeCode]", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_KeyDroppedAroundAlterColumn_FindsNothing()
    {
        var sql = Parent + """
            ALTER TABLE [Offices] DROP CONSTRAINT [AK_Offices_Code];
            GO
            ALTER TABLE [Offices] ALTER COLUMN [Code] int NOT NULL;
            GO
            ALTER TABLE [Offices] ADD CONSTRAINT [AK_Offices_Code] UNIQUE ([Code]);
            """;

        var check = SqlServerSchemaCheck.Run(sql);

        Assert.Empty(check.ParseErrors);
        Assert.Empty(check.Findings);
    }

    [Fact]
    public void Run_IndexOnNvarcharMaxColumn_FindsLargeObjectKey()
    {
        var sql = Parent.Replace("[Name] nvarchar(100)", "[Name] nvarchar(max)", StringComparison.Ordinal) + "CREATE INDEX [IX_Offices_Name] ON [Offices] ([Name]);";

        var check = SqlServerSchemaCheck.Run(sql);

        Assert.Empty(check.ParseErrors);
        Assert.Empty(check.DacFxErrors);
        var finding = Assert.Single(check.Findings);
        Assert.StartsWith("1919", finding.Rule, StringComparison.Ordinal);
        Assert.Contains("[IX_Offices_Name] on [dbo.Offices]: key column [Name] is nvarchar(max)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CompositeNonclusteredKeyOver1700Bytes_FindsKeySize()
    {
        var sql = """
            CREATE TABLE [Logins] (
                [Provider] nvarchar(450) NOT NULL,
                [Key] nvarchar(450) NOT NULL,
                [Tenant] nvarchar(10) NOT NULL
            );
            GO
            CREATE UNIQUE INDEX [IX_Logins] ON [Logins] ([Provider], [Key], [Tenant]);
            """;

        var check = SqlServerSchemaCheck.Run(sql);

        Assert.Empty(check.ParseErrors);
        Assert.Empty(check.DacFxErrors);
        var finding = Assert.Single(check.Findings);
        Assert.Equal("key size", finding.Rule);
        Assert.Contains("[IX_Logins] on [dbo.Logins]: key of 1820 bytes", finding.Message, StringComparison.Ordinal);
        Assert.Contains("1700 bytes of a nonclustered index", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ClusteredPrimaryKeyOver900Bytes_FindsKeySize()
    {
        var sql = "CREATE TABLE [Tokens] ([Name] nvarchar(451) NOT NULL, CONSTRAINT [PK_Tokens] PRIMARY KEY ([Name]));";

        var check = SqlServerSchemaCheck.Run(sql);

        Assert.Empty(check.ParseErrors);
        Assert.Empty(check.DacFxErrors);
        var finding = Assert.Single(check.Findings);
        Assert.Contains("PRIMARY KEY [PK_Tokens] on [dbo.Tokens]: key of 902 bytes", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("int", "[Id]", "1778", "[OfficeId] int is not the type of [dbo.Offices].[Id] uniqueidentifier")]
    [InlineData("int", "[Code]", "1778", "[OfficeId] int is not the type of [dbo.Offices].[Code] bigint")]
    [InlineData("nvarchar(50)", "[Name]", "1753", "[OfficeId] nvarchar(50) differs in length or scale from [dbo.Offices].[Name] nvarchar(100)")]
    public void Run_ForeignKeyColumnOfOtherType_FindsTypeMismatch(string type, string referenced, string error, string message)
    {
        var sql = Parent.Replace("[AK_Offices_Code] UNIQUE ([Code])", "[AK_Offices_Code] UNIQUE ([Code]), CONSTRAINT [AK_Offices_Name] UNIQUE ([Name])", StringComparison.Ordinal) + $"""
            CREATE TABLE [Newcomers] (
                [Id] uniqueidentifier NOT NULL PRIMARY KEY,
                [OfficeId] {type} NOT NULL,
                CONSTRAINT [FK_Newcomers_Offices] FOREIGN KEY ([OfficeId]) REFERENCES [Offices] ({referenced})
            );
            """;

        var check = SqlServerSchemaCheck.Run(sql);

        Assert.Empty(check.ParseErrors);
        Assert.Contains(check.DacFxErrors, e => e.StartsWith("SQL71515: Error validating element [dbo].[FK_Newcomers_Offices]", StringComparison.Ordinal));
        var finding = Assert.Single(check.Findings);
        Assert.StartsWith(error, finding.Rule, StringComparison.Ordinal);
        Assert.Contains($"FOREIGN KEY [FK_Newcomers_Offices] on [dbo.Newcomers]: {message}", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TwoCascadePathsToOneTable_FindsMultipleCascadePaths()
    {
        var sql = Parent + """
            CREATE TABLE [Newcomers] (
                [Id] uniqueidentifier NOT NULL PRIMARY KEY,
                [OfficeId] uniqueidentifier NOT NULL REFERENCES [Offices] ([Id]) ON DELETE CASCADE
            );
            GO
            CREATE TABLE [Actions] (
                [Id] uniqueidentifier NOT NULL PRIMARY KEY,
                [NewcomerId] uniqueidentifier NOT NULL,
                [OfficeId] uniqueidentifier NULL,
                CONSTRAINT [FK_Actions_Newcomers] FOREIGN KEY ([NewcomerId]) REFERENCES [Newcomers] ([Id]) ON DELETE CASCADE,
                CONSTRAINT [FK_Actions_Offices] FOREIGN KEY ([OfficeId]) REFERENCES [Offices] ([Id]) ON DELETE SET NULL
            );
            """;

        var check = SqlServerSchemaCheck.Run(sql);

        Assert.Empty(check.ParseErrors);
        Assert.Empty(check.DacFxErrors);
        var finding = Assert.Single(check.Findings);
        Assert.Equal("1785 multiple cascade paths", finding.Rule);
        Assert.Contains("ON DELETE reaches [dbo.Actions] from [dbo.Offices] by two paths", finding.Message, StringComparison.Ordinal);
        Assert.Contains("-FK_Actions_Offices-> [dbo.Actions]", finding.Message, StringComparison.Ordinal);
        Assert.Contains("-FK_Actions_Newcomers-> [dbo.Actions]", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CascadeCycle_FindsCycle()
    {
        var sql = """
            CREATE TABLE [Employees] (
                [Id] int NOT NULL PRIMARY KEY,
                [ManagerId] int NULL,
                CONSTRAINT [FK_Employees_Manager] FOREIGN KEY ([ManagerId]) REFERENCES [Employees] ([Id]) ON DELETE SET NULL
            );
            """;

        var check = SqlServerSchemaCheck.Run(sql);

        Assert.Empty(check.ParseErrors);
        Assert.Empty(check.DacFxErrors);
        var finding = Assert.Single(check.Findings);
        Assert.Equal("1785 cascade cycle", finding.Rule);
    }

    [Fact]
    public void Run_IdentityOnNvarcharColumn_FindsIdentityType()
    {
        var sql = "CREATE TABLE [Codes] ([Code] nvarchar(20) IDENTITY(1, 1) NOT NULL, CONSTRAINT [PK_Codes] PRIMARY KEY ([Code]));";

        var check = SqlServerSchemaCheck.Run(sql);

        Assert.Empty(check.ParseErrors);
        Assert.Contains(check.DacFxErrors, e => e.StartsWith("SQL71518: Error validating element [dbo].[Codes].[Code]", StringComparison.Ordinal));
        var finding = Assert.Single(check.Findings);
        Assert.Equal("2749 identity type", finding.Rule);
        Assert.Contains("[dbo.Codes].[Code] is an identity column of type nvarchar(20)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TwoIdentityColumns_FindsIdentityCount()
    {
        var sql = "CREATE TABLE [Codes] ([A] int IDENTITY NOT NULL, [B] bigint IDENTITY NOT NULL);";

        var check = SqlServerSchemaCheck.Run(sql);

        Assert.Empty(check.ParseErrors);
        Assert.Contains(check.DacFxErrors, e => e.StartsWith("SQL71519: Error validating element [dbo].[Codes]", StringComparison.Ordinal));
        var finding = Assert.Single(check.Findings);
        Assert.Equal("2744 identity count", finding.Rule);
    }

    [Fact]
    public void Run_SyntaxError_ReportsParseErrorWithLineAndColumn()
    {
        var sql = "CREATE TABLE [Offices] (\n    [Id] uniqueidentifier NOT NULL,\n    CONSTRAINT [PK_Offices] PRIMARY KEY ([Id]\n);";

        var check = SqlServerSchemaCheck.Run(sql);

        var error = Assert.Single(check.ParseErrors);
        Assert.Equal("line 4, column 2: error 46010 Incorrect syntax near ';'. | );", error);
    }

    [Fact]
    public void Run_SyntaxErrorInsideExecString_ReportsParseError()
    {
        var sql = "IF 1 = 1\nBEGIN\n    EXEC(N'CREATE INDEX [IX_Offices_Name] ON [Offices] ([Name]');\nEND;";

        var check = SqlServerSchemaCheck.Run(Parent + sql);

        var error = Assert.Single(check.ParseErrors);
        Assert.StartsWith("in the EXEC string on line 11: line 1, column", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ForeignKeyToMissingTable_FailsDacFxValidation()
    {
        var sql = """
            CREATE TABLE [Newcomers] (
                [Id] uniqueidentifier NOT NULL PRIMARY KEY,
                [OfficeId] uniqueidentifier NOT NULL,
                CONSTRAINT [FK_Newcomers_Offices] FOREIGN KEY ([OfficeId]) REFERENCES [Offices] ([Id])
            );
            """;

        var check = SqlServerSchemaCheck.Run(sql);

        Assert.Empty(check.ParseErrors);
        Assert.NotEmpty(check.DacFxErrors);
        Assert.All(check.DacFxErrors, e => Assert.StartsWith("SQL71501: Error validating element [dbo].[FK_Newcomers_Offices]", e, StringComparison.Ordinal));
        Assert.Contains(check.DacFxErrors, e => e.Contains("unresolved reference to object [dbo].[Offices]", StringComparison.Ordinal));
    }
}
