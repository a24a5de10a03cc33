using Inburgering.Domain.History;
using Inburgering.Domain.Trajectories;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>Puts a typed history event into words: its fields, tracks, types and outcomes, localized.</summary>
public static class HistoryDetail
{
    /// <returns>The detail after the event's name, or null when the name says it all.</returns>
    public static string? Describe(DossierChange change, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        string Lookup(string prefix, object code)
        {
            var text = l[$"{prefix}.{code}"];
            return text.ResourceNotFound ? $"{code}" : text.Value;
        }

        string Outcome(bool passed) => Lookup("Exam", passed ? "Passed" : "Failed");

        return change switch
        {
            PersonalDataChanged c => string.Join(", ", c.Fields.Select(field => Lookup("Field", field))),
            ResidenceChanged c => string.Join(", ", c.Fields.Select(field => Lookup("Field", field == "Status" ? "ResidenceStatus" : field))),
            Reassigned c => c.Reason,
            TransferRequested c => $"{Lookup("Agency", c.To)}: {c.Reason}",
            TransferRefused c => $"{Lookup("Agency", c.By)}: {c.Reason}",
            TransferAccepted c => l["History.TransferAccepted", Lookup("Agency", c.From), Lookup("Agency", c.To), Localization.Format.Date(c.MovedOn)],
            IntakeCompleted c => string.Join(", ", c.Tracks.Select(track => Lookup("TrackKind", track))),
            TrackStarted c => Lookup("TrackKind", c.Track),
            TrackCompleted c => Lookup("TrackKind", c.Track),
            TrackAdded c => $"{Lookup("TrackKind", c.Track)}: {c.Reason}",
            TrackStopped c => $"{Lookup("TrackKind", c.Track)}: {c.Reason}",
            TrackObjectiveChanged c => $"{Lookup("TrackKind", c.Track)} → {Objective(c.Track, c.Objective, l)}: {c.Reason}",
            LegalDatesMoved c => $"{string.Join("; ", c.Moves.Select(m => TimelineText.Move(m, l)))} ({TimelineText.Causes(c.Causes, l)})",
            ActionLogged c => Lookup("ActionType", c.Action),
            ActionUpdated c => Lookup("ActionType", c.Action),
            ActionCompleted c => Lookup("ActionType", c.Action),
            ActionCancelled c => Lookup("ActionType", c.Action),
            SocialOrientationTestRecorded c => Outcome(c.Passed),
            DutchExamRecorded c => c.Mode is { } mode
                ? $"{c.Level} {Lookup("ExamMode", mode)}, {Outcome(c.Passed)}"
                : $"{c.Level}, {Outcome(c.Passed)}",
            FollowUpTrajectoryOpened c => Lookup("Perspective", c.Perspective),
            AccountActivated { PasswordReset: true, IssuedBy: { } issuer } => $"{l["History.PasswordReset"]} ({l["History.ResetIssuedBy", issuer]})",
            ReportedToAgency c => l[c.Late ? "History.ReportedLate" : "History.ReportedInTime"],
            SituationChanged c => $"{(c.Working ? Lookup("Field", "Working") + ", " : "")}{(c.Studying ? Lookup("Field", "Studying") + ", " : "")}{c.Reason}",
            TrajectoryStopped c => Lookup("StopReason", c.Reason),
            EnforcementNotified c => Lookup("EnforcementReason", c.Reason),
            EnforcementDecided c => Lookup("EnforcementOutcome", c.Outcome),
            FeeExemptionRecorded c => Lookup("FeeExemption", c.Exemption),
            FeePaymentRecorded c => $"{Lookup("TrackKind", c.Part)}, € {c.Amount.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture)}",
            AccountActivated { PasswordReset: true } => l["History.PasswordReset"],
            InvitationCreated { Reason: { } reason } => reason,
            DataExported c => c.Format.ToUpperInvariant(),
            HoursConfirmed c => $"{Localization.Format.Hours(c.Hours)} · {Lookup("Hours.ConfirmerShort", c.By)}",
            ReferralSent c => Lookup("TrackKind", c.Track),
            ReferralStatusChanged c => Lookup("ReferralStatus", c.Status),
            _ => null,
        };
    }

    /// <summary>A track's objective in the words of the plan: only the parts that track reads.</summary>
    public static string Objective(TrackKind track, TrackObjective objective, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(l);
        return track switch
        {
            TrackKind.SocialOrientation => objective.CourseLanguage ?? l["History.Objective.NoCourseLanguage"].Value,
            TrackKind.DutchLanguage => $"{objective.TargetLevel}, {l[$"LearnerProfile.{objective.LearnerProfile}"]}{(objective.OralExam ? ", " + l["History.Objective.Oral"] : string.Empty)}",
            TrackKind.Work => $"{l[$"WorkRoute.{objective.WorkRoute}"]}, {l[objective.VdabRequired ? "History.Objective.Vdab" : "History.Objective.NoVdab"]}",
            _ => string.Empty,
        };
    }
}
