using Inburgering.Domain.Common;

namespace Inburgering.Domain.Newcomers;

/// <summary>The rules a dossier (personal data, residence, assignment) can refuse a change with, each with the field it is about.</summary>
public static class NewcomerErrors
{
    public static DomainError CaseWorkerRequired() => new("CaseWorkerRequired", "CaseWorker");

    public static DomainError ReassignOutsideAgency() => new("ReassignOutsideAgency");

    public static DomainError ReasonRequired() => new("ReasonRequired", "Reason");

    public static DomainError AlreadyAssigned() => new("AlreadyAssigned");

    public static DomainError BirthDateInvalid() => new("BirthDateInvalid", nameof(PersonalData.BirthDate));

    public static DomainError NationalityInvalid() => new("NationalityInvalid", nameof(PersonalData.Nationality));

    public static DomainError FirstNameRequired() => new("FirstNameRequired", nameof(PersonalData.FirstName));

    public static DomainError LastNameRequired() => new("LastNameRequired", nameof(PersonalData.LastName));

    public static DomainError MunicipalityRequired() => new("MunicipalityRequired", nameof(PersonalData.Municipality));

    public static DomainError LanguagesTooLong() => new("TextTooLong", nameof(PersonalData.Languages));

    public static DomainError PhoneInvalid() => new("PhoneInvalid", nameof(PersonalData.Phone));

    public static DomainError EmailInvalid() => new("EmailInvalid", nameof(PersonalData.Email));

    public static DomainError NationalRegisterNumberInvalid() => new("NationalRegisterNumberInvalid", nameof(PersonalData.NationalRegisterNumber));

    public static DomainError DossierNumberInvalid() => new("DossierNumberInvalid", "Number");

    public static DomainError RegisteredOnInFuture() => new("RegisteredOnInFuture", nameof(Residence.RegisteredOn));

    public static DomainError RegisteredOnRequired() => new("RegisteredOnRequired", nameof(Residence.RegisteredOn));

    public static DomainError AsylumAppliedOnInFuture() => new("AsylumAppliedOnInFuture", nameof(Residence.AsylumAppliedOn));

    public static DomainError AsylumAppliedOnRequired() => new("AsylumAppliedOnRequired", nameof(Residence.AsylumAppliedOn));

    public static DomainError RefusalNotifiedOnInFuture() => new("RefusalNotifiedOnInFuture", nameof(Residence.RefusalNotifiedOn));

    public static DomainError AppealLodgedOnInFuture() => new("AppealLodgedOnInFuture", nameof(Residence.AppealLodgedOn));

    public static DomainError ProtectionGrantedOnInFuture() => new("ProtectionGrantedOnInFuture", nameof(Residence.ProtectionGrantedOn));

    /// <summary>A decision needs the application it decides on.</summary>
    public static DomainError DecisionWithoutApplication() => new("DecisionWithoutApplication", nameof(Residence.AsylumAppliedOn));

    /// <summary>On the decision whose date lies before the application (<paramref name="decisionField"/>).</summary>
    public static DomainError DecisionBeforeApplication(string decisionField) => new("DecisionBeforeApplication", decisionField);

    public static DomainError AppealWithoutRefusal() => new("AppealWithoutRefusal", nameof(Residence.AppealLodgedOn));

    public static DomainError AppealBeforeRefusal() => new("AppealBeforeRefusal", nameof(Residence.AppealLodgedOn));

    public static DomainError LetterInFuture() => new("LetterInFuture", "AgencyLetterSentOn");

    public static DomainError LetterOnlyForObligated() => new("LetterOnlyForObligated", "AgencyLetterSentOn");

    public static DomainError LetterAfterReport() => new("LetterAfterReport", "AgencyLetterSentOn");

    public static DomainError ReportedInFuture() => new("ReportedInFuture", "ReportedOn");

    public static DomainError ReportWithoutLetter() => new("ReportWithoutLetter", "ReportedOn");

    public static DomainError ReportBeforeLetter() => new("ReportBeforeLetter", "ReportedOn");

    public static DomainError EnforcementReasonRequired() => new("EnforcementReasonRequired", "Reason");

    public static DomainError EnforcementNotifiedInFuture() => new("EnforcementDateInFuture", "NotifiedOn");

    public static DomainError EnforcementDecidedInFuture() => new("EnforcementDateInFuture", "DecidedOn");

    public static DomainError EnforcementOnlyForObligated() => new("EnforcementOnlyForObligated", "Reason");

    public static DomainError EnforcementWithoutGround(string reason) => new("EnforcementWithoutGround." + reason, "Reason");

    public static DomainError EnforcementNotFound() => new("EnforcementNotFound");

    public static DomainError EnforcementOutcomeRequired() => new("EnforcementOutcomeRequired", "Outcome");

    public static DomainError EnforcementAlreadyDecided() => new("EnforcementAlreadyDecided", "Outcome");

    public static DomainError EnforcementDecidedBeforeNotice() => new("EnforcementDecidedBeforeNotice", "DecidedOn");

    public static DomainError FineOutOfRange(decimal minimum, decimal maximum) => new("FineOutOfRange", "FineAmount", minimum, maximum);
}
