using System.Globalization;
using Inburgering.Domain.Enforcement;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.MyTrajectory;

/// <summary>One line of "Mijn gegevens": a translated label and the value as the reader writes it.</summary>
public sealed record DataRow(string Label, string Value);

/// <summary>One record as the newcomer reads it (their account, an action, an exam), under an optional heading.</summary>
public sealed record DataBlock(string? Heading, IReadOnlyList<DataRow> Rows);

/// <summary>A group of records on the page, with the id its heading gets.</summary>
public sealed record DataSection(string Id, string Title, IReadOnlyList<DataBlock> Blocks);

/// <param name="Sections">What the portal holds about the newcomer, grouped as they know it.</param>
/// <param name="Shared">Who received their data and why: partner referrals and notices to the enforcement officer.</param>
/// <param name="Office">Whom to ask for a correction.</param>
public sealed record OwnData(IReadOnlyList<DataSection> Sections, IReadOnlyList<DataBlock> Shared, OfficeContact Office);

public sealed record OfficeContact(string Office, string? Address, string? Phone, string? Email, string CaseWorker);

/// <summary>
/// "Mijn gegevens" in plain language (GDPR art. 12 and 15): the records of the JSON copy, grouped, with translated labels
/// and values formatted for the reader's language. Keys, version tokens, sort columns and Identity internals stay out:
/// they say nothing about the person, and the JSON file holds every stored field for whoever needs it.
/// </summary>
public sealed class OwnDataReader(AppDbContext db, IStringLocalizer l)
{
    public async Task<OwnData?> ReadAsync(NewcomerId id, DateOnly today, CancellationToken cancellationToken)
    {
        var newcomer = await db.Newcomers.AsNoTracking().Include(n => n.Enforcement).SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (newcomer is null)
        {
            return null;
        }

        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == newcomer.OfficeId, cancellationToken);
        var caseWorker = await db.Users.Where(u => u.Id == newcomer.CaseWorkerId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var account = await db.Users.AsNoTracking()
            .Where(u => u.NewcomerId == id)
            .Select(u => new { u.UserName, u.Email, u.EmailConfirmed, u.PhoneNumber, u.TwoFactorEnabled })
            .SingleOrDefaultAsync(cancellationToken);
        var trajectories = await db.Trajectories.AsNoTracking().WithChildren().Where(t => t.NewcomerId == id).OrderBy(t => t.StartedOn).ToListAsync(cancellationToken);
        var invitations = await db.Invitations.AsNoTracking().Where(i => i.NewcomerId == id).OrderBy(i => i.CreatedAtUtc).ToListAsync(cancellationToken);
        var history = await db.DossierEvents.AsNoTracking().Where(e => e.NewcomerId == id)
            .OrderBy(e => e.OccurredAtUtc).ThenBy(e => e.Id)
            .Select(e => new { e.OccurredAtUtc, e.Type, e.ActorName })
            .ToListAsync(cancellationToken);
        var referrals = await (
                from r in db.Referrals.AsNoTracking()
                join o in db.Offers on r.OfferId equals o.Id
                join p in db.Organisations on r.OrganisationId equals p.Id
                where r.NewcomerId == id
                orderby r.SentOn
                select new { Referral = r, Offer = o.Title, o.Track, Organisation = p.Name })
            .ToListAsync(cancellationToken);

        List<DataSection> sections =
        [
            new("about", l["MyData.Section.About"], [new(null, About(newcomer, today))]),
            new("account", l["MyData.Section.Account"], account is null ? [] :
            [
                new(null, Rows(
                    ("UserName", account.UserName),
                    ("Email", account.Email),
                    ("EmailConfirmed", YesNo(account.EmailConfirmed)),
                    ("Phone", account.PhoneNumber),
                    ("TwoFactor", l[account.TwoFactorEnabled ? "MyData.On" : "MyData.Off"]))),
            ]),
            new("office", l["MyData.Section.Office"],
            [
                new(null, Rows(
                    ("Agency", l[$"Agency.{newcomer.Agency}"]),
                    ("Office", office.Name),
                    ("Address", office.Address),
                    ("Phone", office.Phone),
                    ("Email", office.Email),
                    ("CaseWorker", caseWorker))),
            ]),
            new("trajectory", l["MyData.Section.Trajectory"], [.. trajectories.SelectMany(TrajectoryBlocks)]),
            new("actions", l["MyData.Section.Actions"], [.. trajectories.SelectMany(t => t.Actions).OrderByDescending(a => a.Date).ThenByDescending(a => a.StartsAt).Select(ActionBlock)]),
            new("exams", l["MyData.Section.Exams"],
            [
                .. trajectories.SelectMany(t => t.SocialOrientationTests).OrderBy(r => r.Date).Select(r => new DataBlock(l["MyData.SocialOrientationTest"], Rows(
                    ("Date", Format.Date(r.Date)),
                    ("PracticalScore", r.PracticalScore.ToString(CultureInfo.CurrentCulture)),
                    ("ValuesScore", r.ValuesScore.ToString(CultureInfo.CurrentCulture)),
                    ("Passed", YesNo(r.Passed))))),
                .. trajectories.SelectMany(t => t.DutchExams).OrderBy(r => r.Date).Select(r => new DataBlock(l["MyData.DutchExam"], Rows(
                    ("Date", Format.Date(r.Date)),
                    ("Level", Level(r.Level)),
                    ("ExamMode", l.Enum(r.Mode)),
                    ("Passed", YesNo(r.Passed))))),
            ]),
            new("letters", l["MyData.Section.Letters"], [.. invitations.Select(i => new DataBlock(l["MyData.Invitation"], Rows(
                ("CreatedAt", Format.DateTime(i.CreatedAtUtc, Format.Brussels)),
                ("CreatedBy", i.CreatedByName),
                ("Reason", i.Reason),
                ("ExpiresAt", Format.DateTime(i.ExpiresAtUtc, Format.Brussels)),
                ("UsedAt", i.UsedAtUtc is { } used ? Format.DateTime(used, Format.Brussels) : null),
                ("RevokedAt", i.RevokedAtUtc is { } revoked ? Format.DateTime(revoked, Format.Brussels) : null))))]),
            new("history", l["MyData.Section.History"], history.Count == 0 ? [] :
            [
                new(null, [.. history.Select(e => new DataRow(Format.DateTime(e.OccurredAtUtc, Format.Brussels), l["MyData.HistoryLine", l[$"DossierEventType.{e.Type}"].Value, e.ActorName]))]),
            ]),
        ];

        List<DataBlock> shared =
        [
            .. referrals.Select(r => new DataBlock(l["MyData.Shared.ReferralHeading", r.Organisation, r.Offer], Rows(
                ("SharedOn", Format.Date(r.Referral.SentOn)),
                ("ConsentOn", Format.Date(r.Referral.ConsentOn)),
                ("Why", l["MyData.Shared.ReferralWhy", r.Organisation, r.Offer, l[$"MyTrajectory.Track.{r.Track}"].Value]),
                ("WhatShared", SharedFields(r.Referral.Shared)),
                ("Message", r.Referral.Message),
                ("ReferralStatus", l[$"MyTrajectory.ReferralStatus.{r.Referral.Status}"])))),
            .. trajectories.SelectMany(t => t.Actions)
                .Where(a => a.Type == ActionType.Referral && a.Partner is not null && a.Status != ActionStatus.Cancelled)
                .OrderBy(a => a.Date)
                .Select(a => new DataBlock(l.Enum(a.Partner!.Value), Rows(
                    ("SharedOn", Format.Date(a.Date)),
                    ("Why", l["MyData.Shared.PartnerWhy", l[$"MyTrajectory.Track.{a.Track}"].Value]),
                    ("WhatShared", l["MyData.Shared.PartnerWhat"])))),
            .. newcomer.Enforcement.OrderBy(n => n.NotifiedOn).Select(EnforcementBlock),
        ];

        return new OwnData(sections, shared, new OfficeContact(office.Name, office.Address, office.Phone, office.Email, caseWorker));
    }

    private List<DataRow> About(Newcomer n, DateOnly today)
    {
        var person = n.Person;
        var residence = n.Residence;
        return Rows(
            ("Name", $"{person.FirstName} {person.LastName}"),
            ("BirthDate", Format.Date(person.BirthDate)),
            ("Gender", l.Enum(person.Gender)),
            ("Nationality", Countries.Name(person.Nationality)),
            ("NationalRegisterNumber", person.NationalRegisterNumber?.Formatted),
            ("Municipality", person.Municipality),
            ("Languages", person.Languages),
            ("Phone", person.Phone),
            ("Email", person.Email),
            ("PermanentlyUnable", person.PermanentlyUnable ? l["MyData.Yes"].Value : null),
            ("DossierNumber", n.Number),
            ("RegisteredOn", Format.Date(n.RegisteredOn)),
            ("Obligation", l[$"MyData.Obligation.{n.Obligation(today).Class}"]),
            ("ResidenceStatus", l.Enum(residence.Status)),
            ("ResidenceRegisteredOn", Day(residence.RegisteredOn)),
            ("AsylumAppliedOn", Day(residence.AsylumAppliedOn)),
            ("RefusalNotifiedOn", Day(residence.RefusalNotifiedOn)),
            ("AppealLodgedOn", Day(residence.AppealLodgedOn)),
            ("ProtectionGrantedOn", Day(residence.ProtectionGrantedOn)),
            ("AgencyLetterSentOn", Day(n.AgencyLetterSentOn)),
            ("ReportDueOn", Day(n.ReportDueOn)),
            ("ReportedOn", Day(n.ReportedOn)),
            ("ContractSignedOn", Day(n.ContractSignedOn)));
    }

    private IEnumerable<DataBlock> TrajectoryBlocks(Trajectory t)
    {
        var tracks = Enum.GetValues<TrackKind>()
            .Where(kind => t.TrackOf(kind).Status != TrackStatus.NotApplicable)
            .Select(kind => new DataRow(l[$"MyTrajectory.Track.{kind}"], l[$"MyStatus.{t.TrackOf(kind).Status}"]));
        var rows = Rows(
            ("StartedOn", Format.Date(t.StartedOn)),
            ("TrajectoryStatus", l[$"MyData.TrajectoryStatus.{t.Status}"]),
            ("CompletedOn", Day(t.CompletedOn)),
            ("StopReason", t.StopReason is { } stop ? l[$"MyData.StopReason.{stop}"].Value : null),
            ("Certificate", t.CertificateKind is { } certificate ? l["MyData.CertificateValue", l[$"MyData.Certificate.{certificate}"].Value, Format.Date(t.CertificateIssuedOn)].Value : null),
            ("EffortMotivation", t.EffortMotivation),
            ("Goal", t.Goal));
        rows.AddRange(tracks);
        rows.AddRange(Rows(
            ("DutchLevel", t.Kind == TrajectoryKind.Integration ? l["MyData.DutchLevelValue", Level(t.DutchLanguage.LevelReached), Level(t.DutchLanguage.TargetLevel)].Value : null),
            ("ParticipationHours", t.Participation.Hours > 0 ? Format.Hours(t.Participation.Hours) : null),
            ("VdabRegisteredOn", Day(t.Work.VdabRegisteredOn)),
            ("FeeExemption", t.FeeExemption is { } exemption ? l.Enum(exemption) : null),
            ("SocialOrientationFee", Paid(t.SocialOrientationFeePaid, t.SocialOrientationFeePaidOn)),
            ("DutchLanguageFee", Paid(t.DutchLanguageFeePaid, t.DutchLanguageFeePaidOn))));
        yield return new DataBlock(l[$"MyData.TrajectoryKind.{t.Kind}"], rows);

        var intake = t.Intake;
        yield return new DataBlock(l["MyData.Intake"], Rows(
            ("IntakeOn", Format.Date(intake.CompletedOn)),
            ("Perspective", l[$"MyData.Perspective.{intake.Perspective}"]),
            ("Goals", Flags(intake.Goals, "Goals")),
            ("EducationLevel", l[$"MyData.EducationLevel.{intake.EducationLevel}"]),
            ("Literacy", l[$"MyData.Literacy.{intake.Literacy}"]),
            ("IntakeDutchLevel", Level(intake.DutchLevel)),
            ("DiplomaRecognition", l[$"MyData.DiplomaRecognition.{intake.DiplomaRecognition}"]),
            ("Working", YesNo(intake.Working)),
            ("Studying", YesNo(intake.Studying)),
            ("Availability", Flags(intake.Availability, "Availability")),
            ("Barriers", Flags(intake.Barriers, "Barriers")),
            ("NeedsChildcare", YesNo(intake.NeedsChildcare)),
            ("WorkExperience", intake.WorkExperience),
            ("IntakeNotes", intake.Notes)));
    }

    private DataBlock ActionBlock(FollowUpAction a) => new(
        l["MyData.ActionHeading", l.Enum(a.Type), l[$"MyTrajectory.Track.{a.Track}"].Value],
        Rows(
            ("Date", Format.Date(a.Date)),
            ("Appointment", a.StartsAt is { } at ? (a.Place is { } place ? l["MyData.AppointmentValue", Format.Time(at), place].Value : Format.Time(at)) : null),
            ("ActionStatus", l.Enum(a.Status)),
            ("DueOn", a.Status == ActionStatus.Open ? Format.Date(a.DueOn) : null),
            ("CompletedOn", Day(a.CompletedOn)),
            ("Partner", a.Partner is { } partner ? l.Enum(partner) : null),
            ("Hours", a.Hours is { } hours ? Format.Hours(hours) : null),
            ("HoursConfirmed", a.HoursConfirmedOn is { } confirmedOn ? l["MyData.HoursConfirmedValue", a.HoursConfirmedByName ?? "", Format.Date(confirmedOn)].Value : null),
            ("Outcome", a.Outcome),
            ("Note", a.Note)));

    private DataBlock EnforcementBlock(EnforcementNotice n) => new(l["MyData.Enforcement"], Rows(
        ("SharedWith", l["MyData.Enforcement.Officer"]),
        ("SharedOn", Format.Date(n.NotifiedOn)),
        ("Why", l[$"MyData.EnforcementReason.{n.Reason}"]),
        ("Decision", l[$"MyData.EnforcementOutcome.{n.Outcome}"]),
        ("DecidedOn", Day(n.DecidedOn)),
        ("Fine", n.FineAmount is { } fine ? Euro(fine) : null)));

    private string SharedFields(SharedData shared) => string.Join(", ", new[]
    {
        l["MyData.Label.Name"].Value,
        shared.Phone is null ? null : l["MyData.Label.Phone"].Value,
        shared.Email is null ? null : l["MyData.Label.Email"].Value,
        shared.Languages is null ? null : l["MyData.Label.Languages"].Value,
        shared.DutchLevel is null ? null : l["MyData.Label.DutchLevel"].Value,
        shared.NeedsChildcare ? l["MyData.Label.NeedsChildcare"].Value : null,
    }.Where(x => x is not null));

    /// <summary>The rows that have a value, each label from "MyData.Label.{key}"; empty fields are left out.</summary>
    private List<DataRow> Rows(params (string Key, string? Value)[] rows) =>
        [.. rows.Where(r => !string.IsNullOrWhiteSpace(r.Value)).Select(r => new DataRow(l[$"MyData.Label.{r.Key}"], r.Value!))];

    private string? Flags<T>(T value, string name)
        where T : struct, Enum
    {
        var set = Enum.GetValues<T>().Where(f => Convert.ToInt32(f, CultureInfo.InvariantCulture) != 0 && value.HasFlag(f)).ToList();
        return set.Count == 0 ? l["MyData.None"] : string.Join(", ", set.Select(f => l[$"MyData.{name}.{f}"].Value));
    }

    private string YesNo(bool value) => l[value ? "MyData.Yes" : "MyData.No"];

    private string Level(CefrLevel level) => level == CefrLevel.None ? l["CefrLevel.None"] : level.ToString();

    private static string? Day(DateOnly? day) => day is { } d ? Format.Date(d) : null;

    private string? Paid(decimal amount, DateOnly? on) => amount > 0 && on is { } day ? l["MyData.PaidValue", Euro(amount), Format.Date(day)].Value : null;

    private static string Euro(decimal amount) => $"€ {amount.ToString("0.00", CultureInfo.CurrentCulture)}";
}
