using Inburgering.Domain.History;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>History details are stored as code names (fields, tracks, types); this turns them into words.</summary>
public static class HistoryDetail
{
    public static string Describe(DossierEventType type, string detail, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(l);
        string Lookup(string prefix, string code)
        {
            var text = l[$"{prefix}.{code}"];
            return text.ResourceNotFound ? code : text.Value;
        }

        string List(string prefix) => string.Join(", ", detail.Split(", ").Select(code => Lookup(prefix, code)));

        return type switch
        {
            DossierEventType.PersonalDataChanged => List("Field"),
            DossierEventType.IntakeCompleted or DossierEventType.TrackStarted or DossierEventType.TrackCompleted => List("TrackKind"),
            DossierEventType.ResidenceChanged => string.Join(", ", detail.Split(", ").Select(code => code == "Status" ? Lookup("Field", "ResidenceStatus") : Lookup("Field", code))),
            DossierEventType.ActionLogged or DossierEventType.ActionUpdated or DossierEventType.ActionCompleted or DossierEventType.ActionCancelled => Lookup("ActionType", detail),
            DossierEventType.SocialOrientationTestRecorded => Lookup("Exam", detail),
            DossierEventType.DutchExamRecorded => string.Join(" ", detail.Split(' ').Select(part => Lookup("Exam", part))),
            DossierEventType.FollowUpTrajectoryOpened => Lookup("Perspective", detail),
            _ => detail,
        };
    }
}
