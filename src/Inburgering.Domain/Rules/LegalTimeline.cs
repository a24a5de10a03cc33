using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Rules;

public enum TimelineKind
{
    MayWorkFrom,

    /// <summary>The newcomer moved to the other region (an accepted transfer): every rule reads the new region from that day.</summary>
    Moved,
    ObligationChanges,
    ReportDeadline,
    Reported,
    Contract,
    ParticipationDuty,
    Fee,
    VdabRegistrationDue,
    Certificate,
    StatementOfEffort,
    OralB1Due,
    Stopped,
}

/// <summary>One date the law attaches to this person, with the rule that set it, its source and "applies from", and the facts it read.</summary>
/// <param name="On">The day; null when the rule gives no day yet (e.g. work not allowed).</param>
/// <param name="Value">What the entry says on that day (a class, a reason, an amount), as a name the UI translates.</param>
/// <param name="Facts">The stored facts the rule read, as field names with their values (dates ISO, enums by name).</param>
public sealed record TimelineEntry(
    TimelineKind Kind,
    DateOnly? On,
    string Rule,
    string Source,
    DateOnly AppliesFrom,
    string? Value,
    IReadOnlyList<(string Fact, string Value)> Facts)
{
    public bool IsPast(DateOnly today) => On <= today;
}

/// <summary>
/// Every date the law attaches to one dossier, each from the rule type that decides it (the same calls the pages make),
/// in date order: the case worker's and the newcomer's legal timeline. No rule of its own: each entry names its rule's
/// source and "applies from" date.
/// </summary>
public static class LegalTimeline
{
    private const string Decree2022 = "Inburgeringsdecreet 7 juni 2013, gewijzigd bij decreet 29 januari 2021";
    private const string Territory = "Inburgeringsdecreet 7 juni 2013 (Vlaams Gewest; in Brussel vrijwillig, Bon), overdracht ADR 0007";
    private static readonly DateOnly Reform = new(2022, 3, 1);

    public static IReadOnlyList<TimelineEntry> For(Newcomer newcomer, Trajectory? integration, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(newcomer);
        var entries = new List<TimelineEntry>();
        var residence = newcomer.Residence;
        var work = newcomer.WorkPermission(today);
        entries.Add(new(
            TimelineKind.MayWorkFrom,
            work.From,
            nameof(WorkPermissionRule),
            "KB 2 september 2018 (arbeidsmarkt verzoekers internationale bescherming)",
            new DateOnly(2018, 9, 2),
            work.Status.ToString(),
            [("ResidenceStatus", residence.Status.ToString()), ("AsylumAppliedOn", Iso(residence.AsylumAppliedOn)), ("RefusalNotifiedOn", Iso(residence.RefusalNotifiedOn)), ("AppealLodgedOn", Iso(residence.AppealLodgedOn)), ("Reason", work.Reason.ToString())]));

        foreach (var movedOn in newcomer.RegionChangedOn)
        {
            var (before, after) = (newcomer.RegionOn(movedOn.AddDays(-1)), newcomer.RegionOn(movedOn));
            entries.Add(new(TimelineKind.Moved, movedOn, nameof(AgencyTransfer), Territory, Reform, after.ToString(), [("MovedOn", Iso(movedOn)), ("RegionBefore", before.ToString()), ("Region", after.ToString())]));
        }

        var schedule = newcomer.Obligations;
        foreach (var (from, obligation) in Changes(schedule).Where(c => c.From >= newcomer.RegisteredOn.AddYears(-1)))
        {
            entries.Add(new(TimelineKind.ObligationChanges, from, nameof(ObligationRule), Decree2022, Reform, obligation.ToString(), ObligationFacts(newcomer, from)));
        }

        if (newcomer.AgencyLetterSentOn is { } letter)
        {
            entries.Add(new(
                TimelineKind.ReportDeadline,
                newcomer.ReportDueOn,
                nameof(ReportDeadlineRule),
                Decree2022,
                Reform,
                newcomer.ReportDuty(today).ToString(),
                [("AgencyLetterSentOn", Iso(letter)), ("ReportToAgencyMonths", DeadlineRules.For(letter).ReportToAgencyMonths.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        }

        if (newcomer.ReportedOn is { } reported)
        {
            entries.Add(new(TimelineKind.Reported, reported, nameof(ReportDeadlineRule), Decree2022, Reform, null, [("ReportedOn", Iso(reported))]));
        }

        if (integration is not null)
        {
            AddTrajectory(entries, newcomer, integration, today);
        }

        // On one day the move comes first: the entries after it read the new region.
        return [.. entries.OrderBy(e => e.On ?? DateOnly.MaxValue).ThenBy(e => e.Kind)];
    }

    private static void AddTrajectory(List<TimelineEntry> entries, Newcomer newcomer, Trajectory t, DateOnly today)
    {
        var contract = t.StartedOn;
        entries.Add(new(TimelineKind.Contract, contract, nameof(ObligationRule), Decree2022, Reform, t.Obligation.ToString(), [("ContractSignedOn", Iso(contract))]));

        // Today's duty, dated from the contract or, when the class changed since (a move, a birthday), from that day:
        // the day before it the duty read another class.
        var duty = t.ParticipationDutyOn(today);
        var dutyFrom = t.Obligations.LastChangeOnOrBefore(today) is { } changed && changed > contract ? changed : contract;
        entries.Add(new(
            TimelineKind.ParticipationDuty,
            dutyFrom,
            nameof(ParticipationRule),
            Decree2022,
            ParticipationRule.AppliesFrom,
            duty.Reason.ToString(),
            [("ObligationClass", t.ObligationOn(today).ToString()), ("Working", t.Working.ToString()), ("Studying", t.Studying.ToString()), ("ContractSignedOn", Iso(contract))]));

        var fees = t.Fees(newcomer.FeeRegion(t));
        var (mo, nt2) = (fees.SocialOrientation.Due, fees.DutchLanguage.Due);
        entries.Add(new(
            TimelineKind.Fee,
            contract,
            nameof(FeeRules),
            "Inburgeringsdecreet, bijdrage voor MO en NT2 (contracten vanaf 1 september 2023)",
            FeeRules.History[^1].AppliesFrom,
            fees.Exemption is null ? (mo + nt2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "0",
            [("ContractSignedOn", Iso(contract)), .. Where(newcomer, contract), ("SocialOrientation", mo.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)), ("DutchLanguage", nt2.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)), ("FeeExemption", fees.Exemption?.ToString() ?? "–")]));

        if (t.Work.VdabRequired && t.Work.VdabDueOn is { } vdab)
        {
            entries.Add(new(
                TimelineKind.VdabRegistrationDue,
                vdab,
                nameof(DeadlineRules),
                Decree2022,
                Reform,
                t.Work.VdabRegisteredOn is null ? (vdab < today ? "Overdue" : "Pending") : "Done",
                [("VdabRegistrationDays", DeadlineRules.For(vdab).VdabRegistrationDays.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("VdabRegisteredOn", Iso(t.Work.VdabRegisteredOn))]));
        }

        if (t.CertificateKind is { } kind && t.CertificateIssuedOn is { } issued)
        {
            entries.Add(new(
                kind == CertificateKind.IntegrationCertificate ? TimelineKind.Certificate : TimelineKind.StatementOfEffort,
                issued,
                nameof(Trajectory.CertificateProgress),
                Decree2022,
                Reform,
                null,
                [("CertificateIssuedOn", Iso(issued))]));
            if (t.OralB1DueOn is { } b1)
            {
                entries.Add(new(TimelineKind.OralB1Due, b1, nameof(OralB1Rule), Decree2022, Reform, t.ObligationOn(issued).ToString(), [("CertificateIssuedOn", Iso(issued)), ("ObligationClass", t.ObligationOn(issued).ToString())]));
            }
        }

        if (t.Status == TrajectoryStatus.Stopped)
        {
            entries.Add(new(TimelineKind.Stopped, t.CompletedOn, nameof(Trajectory.Stop), Decree2022, Reform, t.StopReason?.ToString(), [("StopReason", t.StopReason?.ToString() ?? string.Empty)]));
        }
    }

    private static IEnumerable<(DateOnly From, ObligationClass Class)> Changes(ObligationSchedule s)
    {
        if (s.SecondFrom is { } second)
        {
            yield return (second, s.Second!.Value);
        }

        if (s.ThirdFrom is { } third)
        {
            yield return (third, s.Third!.Value);
        }

        if (s.FourthFrom is { } fourth)
        {
            yield return (fourth, s.Fourth!.Value);
        }
    }

    private static (string, string)[] ObligationFacts(Newcomer n, DateOnly on) =>
    [
        ("BirthDate", Iso(n.Person.BirthDate)),
        ("Nationality", n.Person.Nationality),
        ("ResidenceStatus", n.Residence.Status.ToString()),
        ("PermanentlyUnable", n.Person.PermanentlyUnable.ToString()),
        .. Where(n, on),
        ("ContractSignedOn", Iso(n.ContractSignedOn)),
    ];

    /// <summary>The region on <paramref name="on"/>, with the municipality only where it is the one of that day (the current one).</summary>
    private static (string, string)[] Where(Newcomer n, DateOnly on) =>
        n.RegionOn(on) is var region && region == n.Region
            ? [("Municipality", n.Person.Municipality), ("Region", region.ToString())]
            : [("Region", region.ToString())];

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "–";
}
