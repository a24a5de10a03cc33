using Inburgering.DemoData;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Database;

public sealed class IntegrationTrajectoryRuleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SecondIntegrationTrajectory_SavedBesideTheFirst_IsRefusedByTheDatabase()
    {
        using var db = factory.CreateDbContext();
        var amina = await db.Newcomers.SingleAsync(n => n.Person.Email == DemoDataSeeder.NewcomerEmail);
        var intakeOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var second = Trajectory.StartIntegration(amina.Participant, new Intake { CompletedOn = intakeOn, Goals = Goals.Dutch }, new TrackPlan { StartDutchLanguage = true }, amina.Obligation(intakeOn), amina.WorkPermission(intakeOn), intakeOn);
        db.Trajectories.Add(second);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        using var check = factory.CreateDbContext();
        Assert.Equal(1, await check.Trajectories.CountAsync(t => t.NewcomerId == amina.Id && t.Kind == TrajectoryKind.Integration));
    }
}
