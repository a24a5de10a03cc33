using Inburgering.Domain.Common;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.Partners;

public sealed class ReferralTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static Offer NewOffer(bool participation = true, OfferSchedule schedule = OfferSchedule.Evening) => new(Guid.NewGuid(), Guid.NewGuid(), new OfferDetails
    {
        Title = "Taalcafé",
        Track = TrackKind.Participation,
        Schedule = schedule,
        Places = 12,
        StartsOn = Today,
        Location = "Kerkstraat 1",
        Municipality = "Antwerpen",
        ParticipationActivity = participation,
    });

    private static Referral Send(Offer offer, bool consent = true) => Referral.Send(
        new NewcomerId(Guid.NewGuid()), offer, "cw", "Sarah Peeters", Agency.Atlas, "Antwerpen",
        new SharedData { FullName = "Amina Haddad", Phone = "0470 12 34 56" }, consent, "Spreekt wat Engels.", Today);

    [Fact]
    public void Send_WithoutConsent_IsRefused()
    {
        var exception = Assert.Throws<DomainException>(() => Send(NewOffer(), consent: false));

        Assert.Equal(("ConsentRequired", "Consent"), (exception.Code, exception.Error.Field));
    }

    [Fact]
    public void Send_WithConsent_IsSentWithOneStepAndTheConsentDay()
    {
        var referral = Send(NewOffer());

        Assert.Equal((ReferralStatus.Sent, Today, Today), (referral.Status, referral.SentOn, referral.ConsentOn));
        Assert.Equal("Sarah Peeters", Assert.Single(referral.Steps).ByName);
        Assert.False(referral.IsClosed);
    }

    [Fact]
    public void MoveTo_TheWholeLoop_EndsClosedWithEveryStep()
    {
        var referral = Send(NewOffer());

        referral.MoveTo(ReferralStatus.Accepted, ReferralActor.Partner, "De Schakel", null, Today.AddDays(1));
        referral.MoveTo(ReferralStatus.Started, ReferralActor.Partner, "De Schakel", null, Today.AddDays(2));
        referral.MoveTo(ReferralStatus.Completed, ReferralActor.Partner, "De Schakel", "Geslaagd", Today.AddDays(30));

        Assert.Equal([ReferralStatus.Sent, ReferralStatus.Accepted, ReferralStatus.Started, ReferralStatus.Completed], referral.Steps.Select(s => s.Status));
        Assert.Equal(Today.AddDays(1), referral.AnsweredOn);
        Assert.True(referral.IsClosed);
    }

    [Theory]
    [InlineData(ReferralStatus.Started)]
    [InlineData(ReferralStatus.Completed)]
    [InlineData(ReferralStatus.NoShow)]
    public void MoveTo_SkippingTheAnswer_IsRefused(ReferralStatus status)
    {
        var referral = Send(NewOffer());

        var exception = Assert.Throws<DomainException>(() => referral.MoveTo(status, ReferralActor.Partner, "De Schakel", null, Today));

        Assert.Equal("ReferralTransitionNotAllowed", exception.Code);
        Assert.Equal(ReferralStatus.Sent, referral.Status);
    }

    [Fact]
    public void MoveTo_RefusedWithoutReason_AsksForTheReason()
    {
        var referral = Send(NewOffer());

        var exception = Assert.Throws<DomainException>(() => referral.MoveTo(ReferralStatus.Refused, ReferralActor.Partner, "De Schakel", " ", Today));

        Assert.Equal(("RefusalReasonRequired", "Note"), (exception.Code, exception.Error.Field));
    }

    [Fact]
    public void ConfirmHours_BeforeStarting_IsRefused()
    {
        var offer = NewOffer();
        var referral = Send(offer);
        referral.MoveTo(ReferralStatus.Accepted, ReferralActor.Partner, "De Schakel", null, Today);

        var exception = Assert.Throws<DomainException>(() => referral.ConfirmHours(offer, 10, Today, Today));

        Assert.Equal("HoursOnlyWhileTakingPart", exception.Code);
    }

    [Fact]
    public void ConfirmHours_OnACourseWhoseHoursDoNotCount_IsRefused()
    {
        var offer = NewOffer(participation: false);
        var referral = Send(offer);
        referral.MoveTo(ReferralStatus.Accepted, ReferralActor.Partner, "De Schakel", null, Today);
        referral.MoveTo(ReferralStatus.Started, ReferralActor.Partner, "De Schakel", null, Today);

        var exception = Assert.Throws<DomainException>(() => referral.ConfirmHours(offer, 10, Today, Today));

        Assert.Equal("NoHoursForThisOffer", exception.Code);
    }

    [Fact]
    public void ConfirmHours_WhileTakingPart_AddsUp()
    {
        var offer = NewOffer();
        var referral = Send(offer);
        referral.MoveTo(ReferralStatus.Accepted, ReferralActor.Partner, "De Schakel", null, Today);
        referral.MoveTo(ReferralStatus.Started, ReferralActor.Partner, "De Schakel", null, Today);

        referral.ConfirmHours(offer, 10, Today, Today);
        referral.ConfirmHours(offer, 2.5m, Today, Today);

        Assert.Equal(12.5m, referral.ConfirmedHours);
    }

    [Fact]
    public void Offer_WithoutSchedule_IsRefused()
    {
        var exception = Assert.Throws<DomainException>(() => NewOffer(schedule: OfferSchedule.None));

        Assert.Equal(("ScheduleRequired", "Schedule"), (exception.Code, exception.Error.Field));
    }

    [Fact]
    public void Organisation_ServesItsOwnMunicipalityFirstWithoutDuplicates()
    {
        var organisation = new PartnerOrganisation(Guid.NewGuid(), new OrganisationDetails
        {
            Name = "CVO Antwerpen",
            Kind = OrganisationKind.Nt2School,
            Municipality = "Antwerpen",
            MunicipalitiesServed = ["Mortsel", " antwerpen ", "Edegem", "Mortsel", ""],
        });

        Assert.Equal(["Antwerpen", "Mortsel", "Edegem"], organisation.MunicipalitiesServed);
    }

    private static Offer DutchCourse() => new(Guid.NewGuid(), Guid.NewGuid(), new OfferDetails
    {
        Title = "NT2 A2",
        Track = TrackKind.DutchLanguage,
        DutchLevel = CefrLevel.A2,
        Schedule = OfferSchedule.Evening,
        Places = 20,
        StartsOn = Today,
        Location = "Kerkstraat 1",
        Municipality = "Mortsel",
    });

    [Fact]
    public void Offer_InAMunicipalityOnTheList_KnowsItsNisCode()
    {
        var offer = DutchCourse();

        Assert.Equal("11029", offer.NisCode);
    }

    [Fact]
    public void RecordsExamAs_AcceptedDutchCourse_NamesTheSchoolAndTheReferral()
    {
        var offer = DutchCourse();
        var referral = Send(offer);
        referral.MoveTo(ReferralStatus.Accepted, ReferralActor.Partner, "CVO", null, Today);

        var recorder = referral.RecordsExamAs(offer, "Nora Claes (CVO)");

        Assert.Equal(new ExamRecorder("Nora Claes (CVO)", referral.Id), recorder);
    }

    [Fact]
    public void RecordsExamAs_NotYetAccepted_IsRefused()
    {
        var offer = DutchCourse();
        var referral = Send(offer);

        var exception = Assert.Throws<DomainException>(() => referral.RecordsExamAs(offer, "CVO"));

        Assert.Equal("ExamOnlyOnceAccepted", exception.Code);
    }

    [Fact]
    public void RecordsExamAs_AnActivityThatIsNoDutchCourse_IsRefused()
    {
        var offer = NewOffer();
        var referral = Send(offer);
        referral.MoveTo(ReferralStatus.Accepted, ReferralActor.Partner, "De Schakel", null, Today);

        var exception = Assert.Throws<DomainException>(() => referral.RecordsExamAs(offer, "De Schakel"));

        Assert.Equal("ExamOnlyForDutchCourse", exception.Code);
    }
}
