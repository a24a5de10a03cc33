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

    /// <summary>
    /// One fact a rule read, in plain Dutch for the case worker: the field's label and the value as the forms show it
    /// (dates written out, yes/no, enum values by their label), never the property or enum name.
    /// </summary>
    public static string Fact(string fact, string value, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        var field = l[$"Field.{fact}"];
        var label = field.ResourceNotFound ? l[$"TimelineFact.{fact}"].Value : field.Value;
        string Enum(string prefix) => l[$"{prefix}.{value}"] is { ResourceNotFound: false } text ? text.Value : value;
        var shown = fact switch
        {
            _ when DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) => Format.Date(date),
            _ when value is "True" => l["Yes"].Value,
            _ when value is "False" => l["TimelineFact.No"].Value,
            "ResidenceStatus" or "ObligationClass" or "StopReason" or "Region" or "FeeExemption" => Enum(fact),
            "Reason" => Enum("WorkPermissionReason"),
            "SocialOrientation" or "DutchLanguage" => $"€ {value}",
            _ => value,
        };
        return $"{label}: {shown}";
    }

    /// <returns>Null for entries the newcomer's page leaves out (they have their own section there).</returns>
    public static string? ForNewcomer(TimelineEntry entry, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(l);
        // Plain text, so the date and the amount are isolated with Unicode's FSI…PDI (the text form of <bdi>).
        var on = LocalizerExtensions.IsolateText(Format.Date(entry.On));
        LocalizedString? text = entry.Kind switch
        {
            TimelineKind.MayWorkFrom => entry.Value == nameof(WorkPermissionStatus.Allowed) || entry.Value == nameof(WorkPermissionStatus.NotYet) ? l["MyTimeline.MayWorkFrom", on] : l["MyTimeline.MayWorkNot"],
            TimelineKind.ObligationChanges => l[$"MyTimeline.ObligationChanges.{entry.Value}", on],
            TimelineKind.ParticipationDuty => l[entry.Value == nameof(ParticipationDutyReason.ObligatedWithoutWorkOrStudy) ? "MyTimeline.ParticipationDuty.Mandatory" : "MyTimeline.ParticipationDuty.Optional"],
            TimelineKind.Fee => entry.Value is "0" ? l["MyTimeline.FeeFree"] : l["MyTimeline.Fee", on, LocalizerExtensions.IsolateText(entry.Value ?? string.Empty)],
            TimelineKind.VdabRegistrationDue when entry.Value == "Done" => null,
            _ => l[$"MyTimeline.{entry.Kind}", on],
        };
        return text?.Value;
    }
}
