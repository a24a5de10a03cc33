using Inburgering.Domain.Common;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Partners;

/// <summary>When an offer takes place; the same first bits as the intake's <see cref="Availability"/>, so they compare bitwise.</summary>
[Flags]
public enum OfferSchedule
{
    None = 0,
    Daytime = 1,
    Evening = 2,
    Weekend = 4,
    Holidays = 8,
}

/// <summary>What a partner publishes; checked once here for every form that keeps an offer.</summary>
public sealed record OfferDetails
{
    public const int TitleMaxLength = 150;
    public const int TextMaxLength = 200;
    public const int MaxPlaces = 10_000;

    public required string Title { get; init; }

    public required TrackKind Track { get; init; }

    /// <summary>The Dutch level a course teaches; only for the NT2 track.</summary>
    public CefrLevel? DutchLevel { get; init; }

    public required OfferSchedule Schedule { get; init; }

    public bool ChildcareOnSite { get; init; }

    /// <summary>Language of instruction or of contact (e.g. "Nederlands, Engels").</summary>
    public string? ContactLanguage { get; init; }

    public required int Places { get; init; }

    public required DateOnly StartsOn { get; init; }

    public required string Location { get; init; }

    public required string Municipality { get; init; }

    /// <summary>A taaloefenkans: a chance to practise Dutch outside the classroom.</summary>
    public bool LanguagePractice { get; init; }

    /// <summary>Its hours count for the participation track once the organisation or the newcomer confirms them.</summary>
    public bool ParticipationActivity { get; init; }

    /// <summary>Suits people who cannot (yet) read or write (an alfa course, an activity without written material).</summary>
    public bool ForLiteracyLearners { get; init; }
}

/// <summary>A course or activity an organisation offers newcomers, with its places.</summary>
public sealed class Offer
{
    private Offer()
    {
        Title = string.Empty;
        Location = string.Empty;
        Municipality = string.Empty;
    }

    public Offer(Guid id, Guid organisationId, OfferDetails details)
        : this()
    {
        Id = id;
        OrganisationId = organisationId;
        Change(details);
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Title { get; private set; }

    public TrackKind Track { get; private set; }

    public CefrLevel? DutchLevel { get; private set; }

    public OfferSchedule Schedule { get; private set; }

    public bool ChildcareOnSite { get; private set; }

    public string? ContactLanguage { get; private set; }

    public int Places { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public string Location { get; private set; }

    public string Municipality { get; private set; }

    public bool LanguagePractice { get; private set; }

    public bool ParticipationActivity { get; private set; }

    public bool ForLiteracyLearners { get; private set; }

    /// <summary>
    /// The NIS code of <see cref="Municipality"/> when it is on the list of municipalities (null for a place that is
    /// not): the search's administrative radius compares its first digits.
    /// </summary>
    public string? NisCode { get; private set; }

    /// <summary>Withdrawn offers are no longer found; referrals already made keep pointing at them.</summary>
    public bool Withdrawn { get; private set; }

    /// <summary>Whether confirmed hours of a referral to this offer count for the participation track.</summary>
    public bool CountsHours => ParticipationActivity || LanguagePractice;

    public void Change(OfferDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.Places is < 0 or > OfferDetails.MaxPlaces)
        {
            throw new DomainException(PartnerErrors.PlacesOutOfRange(OfferDetails.MaxPlaces));
        }

        if ((details.Schedule & (OfferSchedule.Daytime | OfferSchedule.Evening | OfferSchedule.Weekend | OfferSchedule.Holidays)) == OfferSchedule.None)
        {
            throw new DomainException(PartnerErrors.ScheduleRequired());
        }

        if (details.DutchLevel is { } level && level != CefrLevel.None && details.Track != TrackKind.DutchLanguage)
        {
            throw new DomainException(PartnerErrors.LevelOnlyForDutch());
        }

        Title = Guard.Text(details.Title, OfferDetails.TitleMaxLength, PartnerErrors.TitleRequired());
        Track = details.Track;
        DutchLevel = details.DutchLevel is CefrLevel.None ? null : details.DutchLevel;
        Schedule = details.Schedule;
        ChildcareOnSite = details.ChildcareOnSite;
        ContactLanguage = Guard.OptionalText(details.ContactLanguage, OfferDetails.TextMaxLength, PartnerErrors.TooLong(nameof(details.ContactLanguage)));
        Places = details.Places;
        StartsOn = details.StartsOn;
        Location = Guard.Text(details.Location, OfferDetails.TextMaxLength, PartnerErrors.LocationRequired());
        Municipality = Guard.Text(details.Municipality, OfferDetails.TextMaxLength, PartnerErrors.MunicipalityRequired());
        NisCode = Municipalities.Find(Municipality)?.NisCode;
        ForLiteracyLearners = details.ForLiteracyLearners;
        LanguagePractice = details.LanguagePractice;
        ParticipationActivity = details.ParticipationActivity;
    }

    public void Withdraw() => Withdrawn = true;

    public void Reopen() => Withdrawn = false;
}
