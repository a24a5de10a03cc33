using Inburgering.Data.Provider;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Inburgering.Web.Tests.Database;

/// <summary>
/// Rows from before the TrajectoryOverTime migration carry an empty class and no contract date; the start-up backfill
/// fills them from the rule. Run on a real SQLite file with rows stripped of those columns as the migration left them.
/// </summary>
public sealed class ObligationBackfillTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private readonly SqliteDatabase _database = SqliteDatabase.Create();

    private readonly IConfiguration _configuration;

    public ObligationBackfillTests()
    {
        _configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["Database:ConnectionString"] = _database.ConnectionString })
            .Build();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }

    private AppDbContext Context()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, _configuration, AppContext.BaseDirectory);
        return new AppDbContext(options.Options, SystemActor.Instance, TimeProvider.System);
    }

    private static PersonalData Person(string last, DateOnly birth, string nationality) => new()
    {
        FirstName = "Oud",
        LastName = last,
        BirthDate = birth,
        Gender = Gender.Female,
        Nationality = nationality,
        Municipality = "Leuven",
    };

    [Fact]
    public async Task RunAsync_RowsWithoutScheduleOrContractDate_GetTheRulesScheduleAndTheTrajectoryStartAsContract()
    {
        var office = new Office(Guid.NewGuid(), Agency.AgII, "AgII Leuven", "Vlaams-Brabant");
        var residence = new Residence(ResidenceStatus.FamilyReunification, new DateOnly(2024, 1, 10));
        var turns65 = Person("Vijfenzestig", new DateOnly(1961, 9, 1), "SY");
        var turns18 = Person("Achttien", new DateOnly(2008, 11, 20), "AF");
        var contractOn = new DateOnly(2024, 3, 4);
        NewcomerId withContract, withoutContract;
        await using (var db = Context())
        {
            await PortalMigrations.MigrateAsync(db, CancellationToken.None);
            db.Offices.Add(office);
            db.Users.Add(new AppUser { Id = "cw-1", UserName = "cw-1@backfill.test", Email = "cw-1@backfill.test", DisplayName = "Begeleider", OfficeId = office.Id });
            var first = Newcomer.Register(NewcomerId.New(), DossierNumber.Parse("IB-7KQ3-M9XZ"), turns65, residence, office, "cw-1", Today);
            var second = Newcomer.Register(NewcomerId.New(), DossierNumber.Parse("IB-8KQ3-M9XZ"), turns18, residence, office, "cw-1", Today);
            first.RecordContract(contractOn);
            var trajectory = Trajectory.StartIntegration(first.Participant, new Intake { CompletedOn = contractOn, Goals = Goals.Dutch }, new TrackPlan { StartDutchLanguage = true, LearnerProfile = LearnerProfile.Standard }, first.Obligation(contractOn), first.WorkPermission(contractOn), Today);
            db.Newcomers.AddRange(first, second);
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync();
            (withContract, withoutContract) = (first.Id, second.Id);
        }

        // As the TrajectoryOverTime migration left rows that existed before it: an empty class, no periods, no contract date.
        await using (var db = Context())
        {
            const string Blank = """ "Obligations_Initial" = '', "Obligations_SecondFrom" = NULL, "Obligations_Second" = NULL, "Obligations_ThirdFrom" = NULL, "Obligations_Third" = NULL, "Obligations_FourthFrom" = NULL, "Obligations_Fourth" = NULL""";
            await db.Database.ExecuteSqlRawAsync($"""UPDATE "Newcomers" SET {Blank}, "ContractSignedOn" = NULL""");
            await db.Database.ExecuteSqlRawAsync($"""UPDATE "Trajectories" SET {Blank}""");
            Assert.Equal(3, await db.Database.SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM (SELECT "Id" FROM "Newcomers" WHERE "Obligations_Initial" = '' UNION ALL SELECT "Id" FROM "Trajectories" WHERE "Obligations_Initial" = '')""").SingleAsync());
        }

        await using (var db = Context())
        {
            await ObligationBackfill.RunAsync(db, CancellationToken.None);
        }

        await using (var db = Context())
        {
            var first = await db.Newcomers.AsNoTracking().SingleAsync(n => n.Id == withContract);
            var second = await db.Newcomers.AsNoTracking().SingleAsync(n => n.Id == withoutContract);
            var trajectory = await db.Trajectories.AsNoTracking().SingleAsync(t => t.NewcomerId == withContract);
            var expectedFirst = ObligationSchedule.For(turns65, residence, livesInBrussels: false, contractOn);
            Assert.Equal(contractOn, first.ContractSignedOn);
            Assert.Equal(expectedFirst, first.Obligations);
            Assert.Equal(expectedFirst, trajectory.Obligations);
            Assert.Equal((ObligationClass.Obligated, ObligationClass.Exempt), (first.Obligations.On(new DateOnly(2026, 8, 31)), first.Obligations.On(new DateOnly(2026, 9, 1))));
            Assert.Null(second.ContractSignedOn);
            Assert.Equal(ObligationSchedule.For(turns18, residence, livesInBrussels: false, contractSignedOn: null), second.Obligations);
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM "Newcomers" WHERE "Obligations_Initial" = ''""").SingleAsync());
        }
    }
}
