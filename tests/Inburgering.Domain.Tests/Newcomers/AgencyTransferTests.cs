using Inburgering.Domain.Common;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.Newcomers;

/// <summary>A dossier handed to another agency after a move: asked by the sender, accepted or refused by the receiver.</summary>
public class AgencyTransferTests
{
    private static readonly DateOnly IntakeOn = new(2026, 2, 2);
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly Office Leuven = new(Guid.Parse("11111111-1111-1111-1111-111111111111"), Agency.AgII, "Leuven", "Vlaams-Brabant");
    private static readonly Office Bon = new(Guid.Parse("44444444-4444-4444-4444-444444444444"), Agency.Bon, "Bon Brussel", "Brussel");
    private static readonly Office Atlas = new(Guid.Parse("22222222-2222-2222-2222-222222222222"), Agency.Atlas, "Atlas Antwerpen", "Antwerpen");

    private static Newcomer Obligated()
    {
        var person = new PersonalData
        {
            FirstName = "Amina",
            LastName = "Haddad",
            BirthDate = new DateOnly(1990, 3, 15),
            Gender = Gender.Female,
            Nationality = "SY",
            Municipality = "Leuven",
        };
        var newcomer = Newcomer.Register(NewcomerId.New(), DossierNumber.Parse("IB-7KQ3-M9XZ"), person, new Residence(ResidenceStatus.RecognisedRefugee, new DateOnly(2025, 1, 10)), Leuven, "cw-leuven", new DateOnly(2025, 1, 20));
        newcomer.RecordContract(IntakeOn);
        return newcomer;
    }

    private static Trajectory Contract(Newcomer newcomer)
    {
        var trajectory = Trajectory.StartIntegration(
            newcomer.Participant,
            new Intake { CompletedOn = IntakeOn, Goals = Goals.Dutch },
            new TrackPlan { StartSocialOrientation = true, StartDutchLanguage = true, StartWork = true, StartParticipation = true },
            newcomer.Obligation(IntakeOn),
            newcomer.WorkPermission(IntakeOn),
            IntakeOn);
        trajectory.ClearChanges();
        newcomer.ClearChanges();
        return trajectory;
    }

    private static AgencyTransfer RequestToBrussels(Newcomer newcomer, IEnumerable<AgencyTransfer>? open = null) =>
        AgencyTransfer.Request(newcomer, "Schaarbeek", Today.AddDays(-10), "Verhuisd naar Schaarbeek", "cw-leuven", open ?? [], Today);

    private static string ErrorOf(Action act) => Assert.Throws<DomainException>(act).Error.Code;

    [Fact]
    public void Request_ToABrusselsMunicipality_StaysWithTheSenderUntilAnswered()
    {
        var newcomer = Obligated();
        newcomer.ClearChanges();

        var transfer = RequestToBrussels(newcomer);

        Assert.Equal((Agency.AgII, Agency.Bon, "Schaarbeek", TransferState.Requested), (transfer.From, transfer.To, transfer.Municipality, transfer.State));
        Assert.Equal((Agency.AgII, Leuven.Id, "cw-leuven", "Leuven"), (newcomer.Agency, newcomer.OfficeId, newcomer.CaseWorkerId, newcomer.Person.Municipality));
        Assert.Equal([new TransferRequested(Agency.Bon, "Verhuisd naar Schaarbeek")], newcomer.Changes);
    }

    [Fact]
    public void Request_WhileOneIsOpen_IsRefused()
    {
        var newcomer = Obligated();
        var first = RequestToBrussels(newcomer);

        Assert.Equal("TransferAlreadyRequested", ErrorOf(() => RequestToBrussels(newcomer, [first])));
    }

    [Fact]
    public void Request_AfterARefusal_CanBeMadeAgain()
    {
        var newcomer = Obligated();
        var first = RequestToBrussels(newcomer);
        first.Refuse(newcomer, "Adres nog niet ingeschreven", "coord-bon", Today);

        var second = RequestToBrussels(newcomer, [first]);

        Assert.True(second.IsOpen);
    }

    [Theory]
    [InlineData("Kessel-Lo", "MunicipalityNotOnList")]
    [InlineData("Tienen", "TransferSameAgency")]
    public void Request_MunicipalityNotOfAnotherAgency_IsRefusedAtTheMunicipality(string municipality, string code)
    {
        var newcomer = Obligated();

        var error = Assert.Throws<DomainException>(() => AgencyTransfer.Request(newcomer, municipality, Today, "Verhuisd", "cw-leuven", [], Today)).Error;

        Assert.Equal((code, "Municipality"), (error.Code, error.Field));
    }

    [Fact]
    public void Request_MoveDate_TomorrowOrBeforeTheLimitRefusedTodayAndTheLimitAccepted()
    {
        var newcomer = Obligated();
        var limit = Today.AddMonths(-AgencyTransfer.MovedAtMostMonthsAgo);

        Assert.Equal("TransferMovedInFuture", ErrorOf(() => AgencyTransfer.Request(newcomer, "Schaarbeek", Today.AddDays(1), "Verhuisd", "cw", [], Today)));
        Assert.Equal("TransferMovedTooLongAgo", ErrorOf(() => AgencyTransfer.Request(newcomer, "Schaarbeek", limit.AddDays(-1), "Verhuisd", "cw", [], Today)));
        Assert.Equal(limit, AgencyTransfer.Request(newcomer, "Schaarbeek", limit, "Verhuisd", "cw", [], Today).MovedOn);
        Assert.Equal(Today, AgencyTransfer.Request(newcomer, "Schaarbeek", Today, "Verhuisd", "cw", [], Today).MovedOn);
    }

    [Fact]
    public void Request_WithoutReason_IsRefusedAtTheReason()
    {
        var error = Assert.Throws<DomainException>(() => AgencyTransfer.Request(Obligated(), "Schaarbeek", Today, "  ", "cw", [], Today)).Error;

        Assert.Equal(("ReasonRequired", "Reason"), (error.Code, error.Field));
    }

    [Fact]
    public void Refuse_WithReason_DossierStaysAndTheRefusalIsRecorded()
    {
        var newcomer = Obligated();
        var transfer = RequestToBrussels(newcomer);
        newcomer.ClearChanges();

        transfer.Refuse(newcomer, "Nog niet ingeschreven in Schaarbeek", "coord-bon", Today);

        Assert.Equal((TransferState.Refused, "Nog niet ingeschreven in Schaarbeek", Today), (transfer.State, transfer.RefusalReason, transfer.DecidedOn));
        Assert.Equal((Agency.AgII, "Leuven"), (newcomer.Agency, newcomer.Person.Municipality));
        Assert.Equal([new TransferRefused(Agency.Bon, "Nog niet ingeschreven in Schaarbeek")], newcomer.Changes);
        Assert.Equal("TransferAlreadyDecided", ErrorOf(() => transfer.Accept(newcomer, Bon, "cw-bon", "coord-bon", Today)));
    }

    [Fact]
    public void Refuse_WithoutReason_IsRefusedAndTheRequestStaysOpen()
    {
        var newcomer = Obligated();
        var transfer = RequestToBrussels(newcomer);

        var error = Assert.Throws<DomainException>(() => transfer.Refuse(newcomer, "", "coord-bon", Today)).Error;

        Assert.Equal(("ReasonRequired", "RefusalReason"), (error.Code, error.Field));
        Assert.True(transfer.IsOpen);
    }

    [Fact]
    public void Accept_ToAnOfficeThatDoesNotServeTheMunicipality_IsRefused()
    {
        var newcomer = Obligated();
        var transfer = RequestToBrussels(newcomer);

        Assert.Equal("TransferOfficeDoesNotServe", ErrorOf(() => transfer.Accept(newcomer, Atlas, "cw-atlas", "coord", Today)));
        Assert.Equal(Agency.AgII, newcomer.Agency);
    }

    [Fact]
    public void Accept_MoveToBrussels_DossierAndTrajectoryMove_VoluntaryFromTheMoveDayAndTheFlemishContractsFeeStays()
    {
        var newcomer = Obligated();
        var trajectory = Contract(newcomer);
        var transfer = RequestToBrussels(newcomer);
        var watch = new TimelineWatch(newcomer, trajectory, Today);

        transfer.Accept(newcomer, Bon, "cw-bon", "coord-bon", Today);
        watch.Finish();

        Assert.Equal((Agency.Bon, Bon.Id, "cw-bon", "Schaarbeek"), (newcomer.Agency, newcomer.OfficeId, newcomer.CaseWorkerId, newcomer.Person.Municipality));
        Assert.Equal((Agency.Bon, Bon.Id, "cw-bon"), (trajectory.Agency, trajectory.OfficeId, trajectory.CaseWorkerId));
        Assert.Equal((TransferState.Accepted, Today, "coord-bon"), (transfer.State, transfer.DecidedOn, transfer.DecidedBy));
        Assert.Contains(new TransferAccepted(Agency.AgII, Agency.Bon, Today.AddDays(-10)), newcomer.Changes);
        var moved = Assert.IsType<LegalDatesMoved>(newcomer.Changes[^1]);
        Assert.Equal([TimelineCause.Municipality], moved.Causes);

        // The contract was made in Flanders: its fee stays (region per day, ADR 0007); the class changes from the move day.
        Assert.DoesNotContain(moved.Moves, m => m.Kind == TimelineKind.Fee);
        Assert.Contains(moved.Moves, m => m.Kind == TimelineKind.ObligationChanges && m.To == Today.AddDays(-10) && m.ToValue == "Entitled");
        Assert.Equal(360m, trajectory.Fees(newcomer.FeeRegion(trajectory)).SocialOrientation.Due + trajectory.Fees(newcomer.FeeRegion(trajectory)).DutchLanguage.Due);
        Assert.Contains(moved.Moves, m => m.Kind == TimelineKind.ParticipationDuty && m.ToValue == nameof(ParticipationDutyReason.NotObligated));
        Assert.Equal((ObligationClass.Entitled, ObligationReason.Brussels), (newcomer.Obligation(Today).Class, newcomer.Obligation(Today).Reason));
        Assert.Equal((100m, 2500m), FineRules.For(Today).RangeFor(newcomer.Region));
    }

    [Fact]
    public void Accept_MoveFromLeuvenToAntwerp_StaysObligatedAndTheFeeStays()
    {
        var newcomer = Obligated();
        var trajectory = Contract(newcomer);
        var transfer = AgencyTransfer.Request(newcomer, "Antwerpen", Today.AddDays(-3), "Verhuisd naar Antwerpen", "cw-leuven", [], Today);
        var watch = new TimelineWatch(newcomer, trajectory, Today);

        transfer.Accept(newcomer, Atlas, "cw-atlas", "coord-atlas", Today);
        var moves = watch.Finish();

        Assert.Equal((Agency.Atlas, "Antwerpen"), (newcomer.Agency, newcomer.Person.Municipality));
        Assert.Equal(ObligationClass.Obligated, newcomer.Obligation(Today).Class);
        Assert.Empty(moves);
        Assert.Equal(360m, trajectory.Fees(newcomer.Region).SocialOrientation.Due + trajectory.Fees(newcomer.Region).DutchLanguage.Due);
    }
}
