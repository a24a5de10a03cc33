using Inburgering.Domain.Common;

namespace Inburgering.Domain.Partners;

/// <summary>The rules organisations, offers and referrals refuse a change with, each with the field it is about.</summary>
public static class PartnerErrors
{
    public static DomainError NameRequired() => new("NameRequired", "Name");

    public static DomainError TitleRequired() => new("TitleRequired", "Title");

    public static DomainError MunicipalityRequired() => new("MunicipalityRequired", "Municipality");

    public static DomainError LocationRequired() => new("LocationRequired", "Location");

    public static DomainError TooLong(string field) => new("TextTooLong", field);

    public static DomainError PlacesOutOfRange(int max) => new("PlacesOutOfRange", "Places", max);

    public static DomainError ScheduleRequired() => new("ScheduleRequired", "Schedule");

    public static DomainError LevelOnlyForDutch() => new("LevelOnlyForDutch", "DutchLevel");

    public static DomainError ConsentRequired() => new("ConsentRequired", "Consent");

    public static DomainError OfferWithdrawn() => new("OfferWithdrawn");

    public static DomainError ReferralTransitionNotAllowed(string from, string to) => new("ReferralTransitionNotAllowed", null, from, to);

    public static DomainError RefusalReasonRequired() => new("RefusalReasonRequired", "Note");

    public static DomainError NoHoursForThisOffer() => new("NoHoursForThisOffer");

    public static DomainError HoursOnlyWhileTakingPart() => new("HoursOnlyWhileTakingPart");

    public static DomainError DateInFuture() => new("DateInFuture", "Date");

    public static DomainError ExamOnlyForDutchCourse() => new("ExamOnlyForDutchCourse");

    public static DomainError ExamOnlyOnceAccepted() => new("ExamOnlyOnceAccepted");

    public static DomainError DateBeforeReferral() => new("DateBeforeReferral", "Date");
}
