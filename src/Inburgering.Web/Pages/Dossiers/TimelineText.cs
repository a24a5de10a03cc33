using Inburgering.Domain.Rules;
using Inburgering.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Dossiers;

/// <summary>Puts a legal timeline entry into words: for the case worker (with the rule's own terms) and for the newcomer (plain language).</summary>
public static class TimelineText
{
    public static string ForCaseWorker(TimelineEntry entry, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(l);
        var value = entry.Kind switch
        {
            TimelineKind.MayWorkFrom => l[$"WorkPermission.{entry.Value}", Format.Date(entry.On)].Value,
            TimelineKind.ObligationChanges or TimelineKind.Contract => l[$"ObligationClass.{entry.Value}"].Value,
            TimelineKind.ReportDeadline => l[$"Timeline.Report.{entry.Value}"].Value,
            TimelineKind.ParticipationDuty => l[$"ParticipationDutyReason.{entry.Value}"].Value,
            TimelineKind.Stopped => l[$"StopReason.{entry.Value}"].Value,
            TimelineKind.VdabRegistrationDue => l[$"Timeline.Vdab.{entry.Value}"].Value,
            _ => entry.Value ?? string.Empty,
        };
        return l[$"Timeline.{entry.Kind}", Format.Date(entry.On), value].Value;
    }

    /// <returns>Null for entries the newcomer's page leaves out (they have their own section there).</returns>
    public static string? ForNewcomer(TimelineEntry entry, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(l);
        var on = Format.Date(entry.On);
        LocalizedString? text = entry.Kind switch
        {
            TimelineKind.MayWorkFrom => entry.Value == nameof(WorkPermissionStatus.Allowed) || entry.Value == nameof(WorkPermissionStatus.NotYet) ? l["MyTimeline.MayWorkFrom", on] : l["MyTimeline.MayWorkNot"],
            TimelineKind.ObligationChanges => l[$"MyTimeline.ObligationChanges.{entry.Value}", on],
            TimelineKind.ParticipationDuty => l[entry.Value == nameof(ParticipationDutyReason.ObligatedWithoutWorkOrStudy) ? "MyTimeline.ParticipationDuty.Mandatory" : "MyTimeline.ParticipationDuty.Optional"],
            TimelineKind.Fee => entry.Value is "0" ? l["MyTimeline.FeeFree"] : l["MyTimeline.Fee", on, entry.Value ?? string.Empty],
            TimelineKind.VdabRegistrationDue when entry.Value == "Done" => null,
            _ => l[$"MyTimeline.{entry.Kind}", on],
        };
        return text?.Value;
    }
}
