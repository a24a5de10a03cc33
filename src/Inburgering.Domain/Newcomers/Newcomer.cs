using Inburgering.Domain.Common;
using Inburgering.Domain.Enforcement;
using Inburgering.Domain.History;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Newcomers;

/// <summary>The newcomer's dossier: who they are, their residence, and who guides them.</summary>
public sealed class Newcomer : IRecordsChanges
{
    private static readonly (string Name, Func<PersonalData, object?> Value)[] PersonFields =
    [
        (nameof(PersonalData.FirstName), p => p.FirstName),
        (nameof(PersonalData.LastName), p => p.LastName),
        (nameof(PersonalData.BirthDate), p => p.BirthDate),
        (nameof(PersonalData.Gender), p => p.Gender),
        (nameof(PersonalData.Nationality), p => p.Nationality),
        (nameof(PersonalData.Languages), p => p.Languages),
        (nameof(PersonalData.Phone), p => p.Phone),
        (nameof(PersonalData.Email), p => p.Email),
        (nameof(PersonalData.Municipality), p => p.Municipality),
        (nameof(PersonalData.NationalRegisterNumber), p => p.NationalRegisterNumber),
        (nameof(PersonalData.PermanentlyUnable), p => p.PermanentlyUnable),
    ];

    private static readonly (string Name, Func<Residence, object?> Value)[] ResidenceFields =
    [
        (nameof(Residence.Status), r => r.Status),
        (nameof(Residence.RegisteredOn), r => r.RegisteredOn),
        (nameof(Residence.AsylumAppliedOn), r => r.AsylumAppliedOn),
        (nameof(Residence.RefusalNotifiedOn), r => r.RefusalNotifiedOn),
        (nameof(Residence.AppealLodgedOn), r => r.AppealLodgedOn),
        (nameof(Residence.ProtectionGrantedOn), r => r.ProtectionGrantedOn),
    ];

    private readonly List<DossierChange> _changes = [];
    private readonly List<EnforcementNotice> _enforcement = [];

    private Newcomer()
    {
        Number = null!;
        Person = null!;
        Residence = null!;
        CaseWorkerId = null!;
        Obligations = null!;
        RegionChangedOn = [];
    }

    public NewcomerId Id { get; private set; }

    /// <summary>The dossier number (see <see cref="DossierNumber"/>), kept as text so lists can sort and page on it.</summary>
    public string Number { get; private set; }

    public PersonalData Person { get; private set; }

    public Residence Residence { get; private set; }

    public Guid OfficeId { get; private set; }

    /// <summary>Kept beside the office so every access check and report filters without a join.</summary>
    public Agency Agency { get; private set; }

    public string CaseWorkerId { get; private set; }

    public DateOnly RegisteredOn { get; private set; }

    /// <summary>When the integration contract was made (the intake): a fact the obligation rule reads.</summary>
    public DateOnly? ContractSignedOn { get; private set; }

    /// <summary>The class over time from the facts above, refreshed whenever one of them changes (see <see cref="ObligationSchedule"/>).</summary>
    public ObligationSchedule Obligations { get; private set; }

    /// <summary>
    /// The days the region changed (a move between Flanders and Brussels through an accepted transfer), oldest first:
    /// the region of every earlier day follows from <see cref="Region"/> and these (<see cref="RegionOn"/>).
    /// </summary>
    public IReadOnlyList<DateOnly> RegionChangedOn { get; private set; }

    /// <summary>When the agency's letter (invitation) was sent to an obligated newcomer.</summary>
    public DateOnly? AgencyLetterSentOn { get; private set; }

    /// <summary>When the newcomer reported to the agency (first contact or the intake).</summary>
    public DateOnly? ReportedOn { get; private set; }

    /// <summary>Derived from the letter by <see cref="ReportDeadlineRule"/>; kept so lists filter and sort on it in SQL.</summary>
    public DateOnly? ReportDueOn { get; private set; }

    /// <summary>When the person's identity was removed (retention period over, or an erasure): the dossier is read-only from then.</summary>
    public DateOnly? AnonymisedOn { get; private set; }

    /// <summary>Notices to the enforcement service and their outcomes, oldest first.</summary>
    public IReadOnlyCollection<EnforcementNotice> Enforcement => _enforcement.AsReadOnly();

    public NewcomerId DossierId => Id;

    public Trajectories.Participant Participant => new(Id, Person.Gender, Agency, OfficeId, CaseWorkerId, Obligations, Person.Municipality);

    public IReadOnlyList<DossierChange> Changes => _changes;

    public void ClearChanges() => _changes.Clear();

    public static Newcomer Register(NewcomerId id, DossierNumber number, PersonalData person, Residence residence, Office office, string caseWorkerId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(office);
        var newcomer = new Newcomer
        {
            Id = id,
            Number = number.Value,
            Person = Validated(person, today),
            Residence = Validated(residence, today),
            OfficeId = office.Id,
            Agency = office.Agency,
            CaseWorkerId = Guard.Text(caseWorkerId, 450, NewcomerErrors.CaseWorkerRequired()),
            RegisteredOn = today,
        };
        newcomer.RefreshObligation();
        newcomer._changes.Add(new Registered());
        return newcomer;
    }

    public void UpdatePersonalData(PersonalData person, DateOnly today)
    {
        var updated = Validated(person, today);
        var fields = ChangedFields(Person, updated, PersonFields);
        if (fields.Length == 0)
        {
            return;
        }

        Person = updated;
        _changes.Add(new PersonalDataChanged(fields));
        RefreshObligation();
    }

    public void UpdateResidence(Residence residence, DateOnly today)
    {
        var updated = Validated(residence, today);
        if (updated == Residence)
        {
            return;
        }

        var fields = ChangedFields(Residence, updated, ResidenceFields);
        Residence = updated;
        _changes.Add(new ResidenceChanged(fields));
        RefreshObligation();
    }

    /// <summary>Hands the dossier to another case worker (of the same agency), with the reason.</summary>
    public void AssignTo(string caseWorkerId, Office office, string reason)
    {
        ArgumentNullException.ThrowIfNull(office);
        if (office.Agency != Agency)
        {
            throw new DomainException(NewcomerErrors.ReassignOutsideAgency());
        }

        var why = Guard.Text(reason, DossierEvent.DetailMaxLength, NewcomerErrors.ReasonRequired());
        caseWorkerId = Guard.Text(caseWorkerId, 450, NewcomerErrors.CaseWorkerRequired());
        if (caseWorkerId == CaseWorkerId)
        {
            throw new DomainException(NewcomerErrors.AlreadyAssigned());
        }

        CaseWorkerId = caseWorkerId;
        OfficeId = office.Id;
        _changes.Add(new Reassigned(why));
    }

    /// <summary>The legal timeline moved because of a change recorded in the same save (<see cref="TimelineMoves"/>).</summary>
    public void RecordLegalDatesMoved(IReadOnlyList<TimelineMove> moves, IReadOnlyList<TimelineCause> causes)
    {
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(causes);
        if (moves.Count > 0)
        {
            _changes.Add(new LegalDatesMoved([.. moves], [.. causes]));
        }
    }

    /// <summary>
    /// The newcomer moved within the agency's territory: the dossier follows to the office that serves the new
    /// municipality. Another agency's office is refused: an agency sees only its own dossiers.
    /// </summary>
    public void MoveToOffice(Office office)
    {
        ArgumentNullException.ThrowIfNull(office);
        if (office.Agency != Agency)
        {
            throw new DomainException(NewcomerErrors.ReassignOutsideAgency());
        }

        OfficeId = office.Id;
    }

    /// <summary>The sending agency asked <paramref name="to"/> to take the dossier over (<see cref="AgencyTransfer.Request"/>).</summary>
    internal void RecordTransferRequested(Agency to, string reason) => _changes.Add(new TransferRequested(to, reason));

    internal void RecordTransferRefused(Agency by, string reason) => _changes.Add(new TransferRefused(by, reason));

    /// <summary>
    /// An accepted transfer (<see cref="AgencyTransfer.Accept"/>): the dossier belongs to the receiving agency's office
    /// and case worker from now on, and the new municipality is the fact the region is read from. A move to the other
    /// region records <paramref name="movedOn"/> in <see cref="RegionChangedOn"/>: the obligation, the fee and the fine
    /// range of days before the move keep the old region (<see cref="RegionOn"/>). The enforcement notices keep the
    /// agency that gave them.
    /// </summary>
    internal void TransferTo(Office office, string caseWorkerId, string municipality, DateOnly movedOn, DateOnly today)
    {
        EnsureMoveAfterLastRegionChange(movedOn);
        var from = Agency;
        var regionBefore = Region;
        var caseWorker = Guard.Text(caseWorkerId, 450, NewcomerErrors.CaseWorkerRequired());
        UpdatePersonalData(Person with { Municipality = municipality }, today);
        if (Region != regionBefore)
        {
            RegionChangedOn = [.. RegionChangedOn, movedOn];
        }

        Agency = office.Agency;
        OfficeId = office.Id;
        CaseWorkerId = caseWorker;
        RefreshObligation();
        _changes.Add(new TransferAccepted(from, office.Agency, movedOn));
    }

    public void RecordInvitationCreated(string? reason = null) => _changes.Add(new InvitationCreated(reason));

    public void RecordInvitationRevoked() => _changes.Add(new InvitationRevoked());

    /// <param name="passwordReset">An existing account got a new password rather than a new account being made.</param>
    public void RecordAccountActivated(bool passwordReset, string? issuedBy = null) => _changes.Add(new AccountActivated(passwordReset, issuedBy));

    /// <summary>The newcomer downloaded their own data (GDPR art. 15/20): part of their dossier's history.</summary>
    public void RecordDataExported(string format) => _changes.Add(new DataExported(format));

    /// <summary>The class and its reason on <paramref name="on"/>: the one answer every page asks for.</summary>
    public ObligationAssessment Obligation(DateOnly on) =>
        ObligationRule.Assess(Person, Residence, RegionOn(on) == Region.Brussels, on, ContractSignedOn);

    /// <summary>The class a contract made on <paramref name="contractOn"/> would rest on (the intake form's preview).</summary>
    public ObligationAssessment ObligationIfContractOn(DateOnly contractOn) =>
        ObligationRule.Assess(Person, Residence, RegionOn(contractOn) == Region.Brussels, contractOn, ContractSignedOn ?? contractOn);

    /// <summary>The intake made the contract; reporting to the agency is done by it at the latest.</summary>
    public void RecordContract(DateOnly signedOn)
    {
        ContractSignedOn ??= signedOn;
        if (AgencyLetterSentOn is not null && ReportedOn is null)
        {
            ReportedOn = signedOn < AgencyLetterSentOn ? AgencyLetterSentOn : signedOn;
        }

        RefreshObligation();
    }

    /// <summary>The agency invited an obligated newcomer by letter: the duty to report starts.</summary>
    public void RecordAgencyLetter(DateOnly sentOn, DateOnly today)
    {
        Guard.NotInFuture(sentOn, today, NewcomerErrors.LetterInFuture());
        if (Obligation(sentOn).Class != ObligationClass.Obligated)
        {
            throw new DomainException(NewcomerErrors.LetterOnlyForObligated());
        }

        if (ReportedOn < sentOn || ContractSignedOn < sentOn)
        {
            throw new DomainException(NewcomerErrors.LetterAfterReport());
        }

        AgencyLetterSentOn = sentOn;

        // The intake is the report at the latest: a letter recorded after it finds the newcomer reported.
        ReportedOn ??= ContractSignedOn;
        RefreshObligation();
        _changes.Add(new AgencyLetterRecorded());
    }

    public void RecordReported(DateOnly reportedOn, DateOnly today)
    {
        Guard.NotInFuture(reportedOn, today, NewcomerErrors.ReportedInFuture());
        if (AgencyLetterSentOn is not { } letter)
        {
            throw new DomainException(NewcomerErrors.ReportWithoutLetter());
        }

        if (reportedOn < letter)
        {
            throw new DomainException(NewcomerErrors.ReportBeforeLetter());
        }

        ReportedOn = reportedOn;
        _changes.Add(new ReportedToAgency(ReportDueOn is { } due && reportedOn > due));
    }

    /// <summary>
    /// Gives notice to the enforcement service: only for someone obligated on that day, for a missed report deadline
    /// (the deadline must have passed without a report by then) or an unmet contract (there must be one).
    /// </summary>
    public EnforcementNotice NotifyEnforcement(EnforcementReason reason, DateOnly notifiedOn, DateOnly today)
    {
        if (!Enum.IsDefined(reason))
        {
            throw new DomainException(NewcomerErrors.EnforcementReasonRequired());
        }

        Guard.NotInFuture(notifiedOn, today, NewcomerErrors.EnforcementNotifiedInFuture());
        if (Obligation(notifiedOn).Class != ObligationClass.Obligated)
        {
            throw new DomainException(NewcomerErrors.EnforcementOnlyForObligated());
        }

        var grounded = reason switch
        {
            EnforcementReason.MissedReportDeadline => ReportDueOn < notifiedOn && (ReportedOn is null || ReportedOn > ReportDueOn),
            _ => ContractSignedOn <= notifiedOn,
        };
        if (!grounded)
        {
            throw new DomainException(NewcomerErrors.EnforcementWithoutGround(reason.ToString()));
        }

        var notice = new EnforcementNotice(Guid.NewGuid(), Agency, reason, notifiedOn);
        _enforcement.Add(notice);
        _changes.Add(new EnforcementNotified(reason));
        return notice;
    }

    /// <summary>What the enforcement service decided; a fine lies within the range of <see cref="FineRangeFor"/>. The obligation stays.</summary>
    public void RecordEnforcementOutcome(Guid noticeId, EnforcementOutcome outcome, DateOnly decidedOn, decimal? fineAmount, DateOnly today)
    {
        var notice = _enforcement.Find(n => n.Id == noticeId) ?? throw new DomainException(NewcomerErrors.EnforcementNotFound());
        if (outcome == EnforcementOutcome.Pending || !Enum.IsDefined(outcome))
        {
            throw new DomainException(NewcomerErrors.EnforcementOutcomeRequired());
        }

        if (notice.Outcome != EnforcementOutcome.Pending)
        {
            throw new DomainException(NewcomerErrors.EnforcementAlreadyDecided());
        }

        Guard.NotInFuture(decidedOn, today, NewcomerErrors.EnforcementDecidedInFuture());
        if (decidedOn < notice.NotifiedOn)
        {
            throw new DomainException(NewcomerErrors.EnforcementDecidedBeforeNotice());
        }

        if (outcome == EnforcementOutcome.Fine)
        {
            var (minimum, maximum) = FineRangeFor(notice, decidedOn);
            if (fineAmount is not { } amount || amount < minimum || amount > maximum)
            {
                throw new DomainException(NewcomerErrors.FineOutOfRange(minimum, maximum));
            }
        }

        notice.Decide(outcome, decidedOn, fineAmount);
        _changes.Add(new EnforcementDecided(outcome));
    }

    /// <summary>
    /// Removes who the person is (GDPR art. 5(1)(e) storage limitation, art. 17 erasure) and keeps what the reports
    /// and team figures count: agency, office, case worker, gender, nationality and the obligation schedule as it was
    /// (not derived again: the birth date keeps only its month). Names, national register number, contact and
    /// municipality go; residence dates keep their month. Idempotent.
    /// </summary>
    public void Anonymise(DateOnly today)
    {
        if (AnonymisedOn is not null)
        {
            return;
        }

        Person = Person with
        {
            FirstName = PersonalData.Removed,
            LastName = PersonalData.Removed,
            BirthDate = MonthOf(Person.BirthDate)!.Value,
            Languages = null,
            Phone = null,
            Email = null,
            Municipality = PersonalData.Removed,
            NationalRegisterNumber = null,
        };
        Residence = new Residence(
            Residence.Status,
            MonthOf(Residence.RegisteredOn),
            MonthOf(Residence.AsylumAppliedOn),
            MonthOf(Residence.RefusalNotifiedOn),
            MonthOf(Residence.AppealLodgedOn),
            MonthOf(Residence.ProtectionGrantedOn));
        RegionChangedOn = [.. RegionChangedOn.Select(d => MonthOf(d)!.Value)];
        AnonymisedOn = today;
        _changes.Clear();
    }

    private static DateOnly? MonthOf(DateOnly? day) => day is { } d ? new DateOnly(d.Year, d.Month, 1) : null;

    public ReportDuty ReportDuty(DateOnly today) => ReportDeadlineRule.State(AgencyLetterSentOn, ReportDueOn, ReportedOn, today);

    /// <summary>Derives the schedule again from the stored facts (rows migrated from before the schedule existed).</summary>
    public void RecomputeObligation() => RefreshObligation();

    /// <summary>
    /// The region now (for another day ask <see cref="RegionOn"/>). It follows from the municipality on the configured
    /// list; a name from before the list (older rows) falls back to the agency, as the region was derived before.
    /// </summary>
    public Region Region => Municipalities.Find(Person.Municipality)?.Region ?? (Agency == Agency.Bon ? Region.Brussels : Region.Flanders);

    /// <summary>
    /// The region on <paramref name="day"/>: the current <see cref="Region"/>, flipped once for every recorded change
    /// after that day. There are two regions, so a change is always a flip; the change day itself has the new region.
    /// A correction of the municipality (an edit, not a move) records no change and so holds for every day.
    /// </summary>
    public Region RegionOn(DateOnly day)
    {
        var flips = RegionChangedOn.Count(changed => changed > day);
        return flips % 2 == 0 ? Region : Other(Region);
    }

    /// <summary>The last day the region changed; a later move may not be dated before it.</summary>
    public DateOnly? LastRegionChangeOn => RegionChangedOn.Count > 0 ? RegionChangedOn[^1] : null;

    /// <summary>
    /// The region whose fee rule applies to <paramref name="trajectory"/>: where the newcomer lived when the contract was
    /// made (<see cref="FeeRules"/>: "contracts ... in the Flemish Region"). A Flemish contract stays due after a move to
    /// Brussels; a Brussels contract stays free after a move to Flanders.
    /// </summary>
    public Region FeeRegion(Trajectories.Trajectory trajectory)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        return RegionOn(trajectory.StartedOn);
    }

    /// <summary>The fine range for <paramref name="notice"/>: the rules of the decision day, in the region where the breach was reported (the notice's day).</summary>
    public (decimal Minimum, decimal Maximum) FineRangeFor(EnforcementNotice notice, DateOnly decidedOn)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return FineRules.For(decidedOn).RangeFor(RegionOn(notice.NotifiedOn));
    }

    /// <summary>Moves are recorded in date order: a move dated before the last region change would rewrite the past.</summary>
    internal void EnsureMoveAfterLastRegionChange(DateOnly movedOn)
    {
        if (LastRegionChangeOn is { } last && movedOn < last)
        {
            throw new DomainException(TransferErrors.MovedBeforeLastMove(last));
        }
    }

    private static Region Other(Region region) => region == Region.Brussels ? Region.Flanders : Region.Brussels;

    private void RefreshObligation()
    {
        Obligations = ObligationSchedule.For(Person, Residence, day => RegionOn(day) == Region.Brussels, ContractSignedOn, RegionChangedOn);
        ReportDueOn = ReportDeadlineRule.DueOn(AgencyLetterSentOn);
    }

    public WorkPermission WorkPermission(DateOnly today) => WorkPermissionRule.Assess(Residence, today);

    public int AgeOn(DateOnly today) => Age.InYears(Person.BirthDate, today);

    private static PersonalData Validated(PersonalData person, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.BirthDate > today || Age.InYears(person.BirthDate, today) > 120)
        {
            throw new DomainException(NewcomerErrors.BirthDateInvalid());
        }

        var nationality = person.Nationality?.Trim().ToUpperInvariant();
        if (!Nationality.IsValidCode(nationality))
        {
            throw new DomainException(NewcomerErrors.NationalityInvalid());
        }

        return person with
        {
            Nationality = nationality!,
            FirstName = Guard.Text(person.FirstName, PersonalData.NameMaxLength, NewcomerErrors.FirstNameRequired()),
            LastName = Guard.Text(person.LastName, PersonalData.NameMaxLength, NewcomerErrors.LastNameRequired()),
            Municipality = Guard.Text(person.Municipality, PersonalData.NameMaxLength, NewcomerErrors.MunicipalityRequired()),
            Languages = Guard.OptionalText(person.Languages, PersonalData.TextMaxLength, NewcomerErrors.LanguagesTooLong()),
            Phone = Guard.OptionalText(person.Phone, 30, NewcomerErrors.PhoneInvalid()),
            Email = Guard.OptionalText(person.Email, PersonalData.TextMaxLength, NewcomerErrors.EmailInvalid()),
        };
    }

    private static Residence Validated(Residence residence, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(residence);
        residence.Validate(today);
        return residence;
    }

    /// <summary>The names of the fields whose value differs: what the history says changed (never the values).</summary>
    private static string[] ChangedFields<T>(T before, T after, IEnumerable<(string Name, Func<T, object?> Value)> fields) =>
        [.. fields.Where(f => !Equals(f.Value(before), f.Value(after))).Select(f => f.Name)];
}
