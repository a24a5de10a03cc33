using System.Globalization;
using System.Reflection;
using Inburgering.Data.Provider;
using Inburgering.Domain.Organisation;
using Inburgering.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Scaffolding.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Web.Tests.Database;

/// <summary>
/// Each provider has generated migrations with a model snapshot (ADR 0005). These tests prove, per provider, that the
/// snapshot is current (no model change without a migration), and that a database built by the migrations equals one
/// built by <c>EnsureCreated</c> from the model, both read back from the catalog. Databases made by the hand-written
/// migrations of ADR 0001 (kept as scripts in Legacy/) must adopt the baseline and keep working.
/// </summary>
public sealed class MigrationGuardTests
{
    private const DatabaseProvider Sqlite = DatabaseProvider.Sqlite;
    private const DatabaseProvider Postgres = DatabaseProvider.Postgres;

    // EF's own bookkeeping: the history table, and the lock table EF 9+ creates on SQLite while migrating.
    private static readonly HashSet<string> EfTables = new(StringComparer.Ordinal) { "__EFMigrationsHistory", "__EFMigrationsLock" };

    [Theory]
    [InlineData(Sqlite)]
    [InlineData(Postgres)]
    public void Migrate_ComparedWithEnsureCreated_BuildsTheSameSchema(DatabaseProvider provider)
    {
        using var migrated = TestDatabase.Create(provider);
        using var created = TestDatabase.Create(provider);
        using (var context = migrated.CreateContext())
        {
            context.Database.Migrate();
        }

        using (var context = created.CreateContext())
        {
            context.Database.EnsureCreated();
        }

        var fromMigrations = Describe(ReadSchema(migrated));
        var fromModel = Describe(ReadSchema(created));

        Assert.NotEmpty(fromModel);
        var differences = fromMigrations.Except(fromModel).Select(fact => (Fact: fact, Source: "migrations"))
            .Concat(fromModel.Except(fromMigrations).Select(fact => (Fact: fact, Source: "model     ")))
            .OrderBy(difference => difference.Fact, StringComparer.Ordinal)
            .ThenBy(difference => difference.Source, StringComparer.Ordinal)
            .Select(difference => $"  {difference.Source}: {difference.Fact}")
            .ToList();
        if (differences.Count > 0)
        {
            Assert.Fail(
                $"On {provider}, the migrations build a schema that differs from the model (EnsureCreated) in {differences.Count} fact(s). "
                + "Fix the hand-written migration, not the model, unless the model is wrong:"
                + Environment.NewLine + string.Join(Environment.NewLine, differences));
        }
    }

    [Theory]
    [InlineData(Sqlite)]
    [InlineData(Postgres)]
    public void Migrate_OnEmptyDatabase_AppliesEveryMigrationAndLeavesNonePending(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        using var context = database.CreateContext();

        context.Database.Migrate();

        var all = context.Database.GetMigrations().ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all, context.Database.GetAppliedMigrations());
        Assert.Empty(context.Database.GetPendingMigrations());
    }

    // Not on SQLite: undoing the baseline drops the circular foreign key between users and newcomers first, which
    // SQLite can only do by rebuilding the table from the previous migration's model, and the baseline has none.
    // Rolling an embedded database back to nothing is deleting its file.
    [Theory]
    [InlineData(Postgres)]
    public void MigrateToInitial_AfterMigrate_DropsEveryTableAndMigratesUpAgain(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        using (var context = database.CreateContext())
        {
            context.Database.Migrate();
        }

        var before = Describe(ReadSchema(database));

        using (var context = database.CreateContext())
        {
            context.GetService<IMigrator>().Migrate(Migration.InitialDatabase);
            Assert.Empty(context.Database.GetAppliedMigrations());
        }

        var left = ReadSchema(database).Tables.Select(table => table.Name).Where(name => !EfTables.Contains(name)).ToList();
        Assert.True(left.Count == 0, $"On {provider}, migrating down to the initial database left these tables: {string.Join(", ", left)}");

        using (var context = database.CreateContext())
        {
            context.Database.Migrate();
        }

        Assert.Equal(before, Describe(ReadSchema(database)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Model_ComparedWithTheProvidersSnapshot_HasNoPendingChanges(DatabaseProvider provider)
    {
        // No connection is opened: the model is compared with the snapshot in the provider's migrations assembly.
        using var context = new Inburgering.Data.Provider.DesignTimeContextFactory().CreateDbContext(["--provider", provider.ToString()]);

        Assert.Contains(PortalMigrations.Baseline, context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"The model has changes without a migration on {provider}: run dotnet ef migrations add (see docs/architecture.md).");
    }

    [Theory]
    [InlineData(Sqlite, "sqlite.sql")]
    [InlineData(Postgres, "postgres.sql")]
    public async Task Migrate_OnDatabaseOfTheHandWrittenMigrations_AdoptsTheBaselineAndKeepsItsData(DatabaseProvider provider, string script)
    {
        using var legacy = TestDatabase.Create(provider);
        using var created = TestDatabase.Create(provider);
        var officeId = Guid.NewGuid();
        using (var context = legacy.CreateContext())
        {
            await context.Database.OpenConnectionAsync();
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Database", "Legacy", script));
            await command.ExecuteNonQueryAsync();
            context.Offices.Add(new Office(officeId, Agency.Atlas, "Antwerpen", "Antwerpen"));
            await context.SaveChangesAsync();
        }

        using (var context = legacy.CreateContext())
        {
            await PortalMigrations.MigrateAsync(context, CancellationToken.None);
            Assert.Contains(PortalMigrations.Baseline, await context.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            Assert.Equal("Antwerpen", await context.Offices.Where(o => o.Id == officeId).Select(o => o.Name).SingleAsync());
        }

        using (var context = created.CreateContext())
        {
            context.Database.EnsureCreated();
        }

        Assert.Equal(Describe(ReadSchema(created)), Describe(ReadSchema(legacy)));
    }

    /// <summary>
    /// Reads the schema back with the provider's own scaffolding reader. Its design-time services class is named by
    /// the provider assembly's <see cref="DesignTimeProviderServicesAttribute"/>, as the EF tools find it; a context
    /// on an internal service provider built from those services hands out the <see cref="IDatabaseModelFactory"/>.
    /// </summary>
    private static DatabaseModel ReadSchema(TestDatabase database)
    {
        var providerAssembly = database.Provider == Sqlite
            ? typeof(SqliteDbContextOptionsBuilderExtensions).Assembly
            : typeof(NpgsqlDbContextOptionsBuilderExtensions).Assembly;
        var attribute = providerAssembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()
            ?? throw new InvalidOperationException($"{providerAssembly.GetName().Name} declares no design-time services.");
        var designTimeServicesType = providerAssembly.GetType(attribute.TypeName, throwOnError: true)!;
        var designTimeServices = (IDesignTimeServices)Activator.CreateInstance(designTimeServicesType)!;

        var services = new ServiceCollection();
        designTimeServices.ConfigureDesignTimeServices(services);
        using var serviceProvider = services.BuildServiceProvider();
        var options = new DbContextOptionsBuilder().UseInternalServiceProvider(serviceProvider);
        database.Configure(options);
        using var context = new DbContext(options.Options);
        return context.GetService<IDatabaseModelFactory>().Create(database.ConnectionString, new DatabaseModelFactoryOptions());
    }

    /// <summary>One line per schema fact, each naming its table (and column), so a difference reads as a diff.</summary>
    private static List<string> Describe(DatabaseModel model)
    {
        var facts = new List<string>();
        facts.AddRange(model.GetAnnotations().Select(annotation => $"database annotation {annotation.Name} = {annotation.Value}"));
        facts.AddRange(model.Sequences.Select(sequence =>
            $"sequence {sequence.Schema}.{sequence.Name}: {sequence.StoreType} start {sequence.StartValue} increment {sequence.IncrementBy} "
            + $"min {sequence.MinValue} max {sequence.MaxValue} cyclic {sequence.IsCyclic}"));

        foreach (var table in model.Tables.Where(table => !EfTables.Contains(table.Name)))
        {
            var name = table.Schema is null || table.Schema == model.DefaultSchema ? table.Name : $"{table.Schema}.{table.Name}";
            facts.Add($"{name}: table{Annotations(table)}{Text("comment", table.Comment)}");
            foreach (var column in table.Columns)
            {
                facts.Add(
                    $"{name}.{column.Name}: {column.StoreType} {(column.IsNullable ? "NULL" : "NOT NULL")}"
                    + Text("default", column.DefaultValueSql)
                    + Text("computed", column.ComputedColumnSql)
                    + (column.IsStored is { } stored ? $" stored {stored}" : "")
                    + Text("collation", column.Collation)
                    + Text("comment", column.Comment)
                    + (column.ValueGenerated is { } generated ? $" generated {generated}" : "")
                    + Annotations(column));
            }

            if (table.PrimaryKey is { } primaryKey)
            {
                facts.Add($"{name}: primary key {primaryKey.Name} ({Columns(primaryKey.Columns)}){Annotations(primaryKey)}");
            }

            facts.AddRange(table.UniqueConstraints.Select(unique =>
                $"{name}: unique constraint {unique.Name} ({Columns(unique.Columns)}){Annotations(unique)}"));
            facts.AddRange(table.Indexes.Select(index =>
                $"{name}: index {index.Name} ({Columns(index.Columns)})"
                + (index.IsUnique ? " unique" : "")
                + (index.IsDescending.Any(descending => descending) ? $" descending [{string.Join(", ", index.IsDescending)}]" : "")
                + Text("filter", index.Filter)
                + Annotations(index)));
            facts.AddRange(table.ForeignKeys.Select(foreignKey =>
                $"{name}: foreign key {foreignKey.Name} ({Columns(foreignKey.Columns)}) -> {foreignKey.PrincipalTable.Name} "
                + $"({Columns(foreignKey.PrincipalColumns)}) on delete {foreignKey.OnDelete?.ToString() ?? "(none)"}{Annotations(foreignKey)}"));
        }

        facts.Sort(StringComparer.Ordinal);
        return facts;
    }

    private static string Columns(IEnumerable<DatabaseColumn> columns) => string.Join(", ", columns.Select(column => column.Name));

    private static string Text(string label, string? value) => value is null ? "" : $" {label} {value}";

    // SQLite's reader guesses a column's CLR type from the rows it holds: a fact about the data, not the schema.
    private static string Annotations(Annotatable annotatable) =>
        string.Concat(annotatable.GetAnnotations()
            .Where(annotation => annotation.Name != "ClrType")
            .OrderBy(annotation => annotation.Name, StringComparer.Ordinal)
            .Select(annotation => string.Create(CultureInfo.InvariantCulture, $" [{annotation.Name} = {annotation.Value}]")));

    /// <summary>A throwaway database for one provider, configured the way the app configures it.</summary>
    private sealed class TestDatabase : IDisposable
    {
        private readonly IDisposable _owner;
        private readonly IConfiguration _configuration;

        private TestDatabase(DatabaseProvider provider, string connectionString, IDisposable owner)
        {
            Provider = provider;
            ConnectionString = connectionString;
            _owner = owner;
            _configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Database:Provider"] = provider.ToString(),
                    ["Database:ConnectionString"] = connectionString,
                })
                .Build();
        }

        public DatabaseProvider Provider { get; }

        public string ConnectionString { get; }

        public static TestDatabase Create(DatabaseProvider provider)
        {
            if (provider == Sqlite)
            {
                var sqlite = SqliteDatabase.Create();
                return new TestDatabase(provider, sqlite.ConnectionString, sqlite);
            }

            var postgres = PostgresDatabase.Create();
            return new TestDatabase(provider, postgres.ConnectionString, postgres);
        }

        public void Configure(DbContextOptionsBuilder options) =>
            DatabaseSetup.Configure(options, _configuration, AppContext.BaseDirectory);

        public AppDbContext CreateContext()
        {
            var options = new DbContextOptionsBuilder<AppDbContext>();
            Configure(options);
            return new AppDbContext(options.Options, SystemActor.Instance, TimeProvider.System);
        }

        public void Dispose()
        {
            // The app's configuration pools SQLite connections; release them so the file can go.
            SqliteConnection.ClearAllPools();
            _owner.Dispose();
        }
    }
}
