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
            TimelineKind.Moved => l[$"Region.{entry.Value}"].Value,
            TimelineKind.ObligationChanges or TimelineKind.Contract => l[$"ObligationClass.{entry.Value}"].Value,
            TimelineKind.ReportDeadline => l[$"Timeline.Report.{entry.Value}"].Value,
            TimelineKind.ParticipationDuty => l[$"ParticipationDutyReason.{entry.Value}"].Value,
            TimelineKind.Stopped => l[$"StopReason.{entry.Value}"].Value,
            TimelineKind.VdabRegistrationDue => l[$"Timeline.Vdab.{entry.Value}"].Value,
            _ => entry.Value ?? string.Empty,
        };
        return l[$"Timeline.{entry.Kind}", Format.Date(entry.On), value].Value;
    }

    /// <summary>The rule's name in Dutch (resource <c>Rule.{type}</c>): the case worker never sees a code identifier.</summary>
    public static string Rule(TimelineEntry entry, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(l);
        return l[$"Rule.{entry.Rule}"].Value;
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
            "RegionBefore" => Enum("Region"),
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
            TimelineKind.Moved => l[$"MyTimeline.Moved.{entry.Value}", on],
            TimelineKind.ObligationChanges => l[$"MyTimeline.ObligationChanges.{entry.Value}", on],
            TimelineKind.ParticipationDuty => l[entry.Value == nameof(ParticipationDutyReason.ObligatedWithoutWorkOrStudy) ? "MyTimeline.ParticipationDuty.Mandatory" : "MyTimeline.ParticipationDuty.Optional"],
            TimelineKind.Fee => entry.Value is "0" ? l["MyTimeline.FeeFree"] : l["MyTimeline.Fee", on, LocalizerExtensions.IsolateText(entry.Value ?? string.Empty)],
            TimelineKind.VdabRegistrationDue when entry.Value == "Done" => null,
            _ => l[$"MyTimeline.{entry.Kind}", on],
        };
        return text?.Value;
    }

    /// <summary>One moved date for the case worker: "Meldingstermijn bij het agentschap: 1 maart 2026 → 15 maart 2026".</summary>
    public static string Move(TimelineMove move, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(move);
        ArgumentNullException.ThrowIfNull(l);
        return l["Dossier.TimelineMove", l[$"TimelineMove.Kind.{move.Kind}"], Point(move.Kind, move.From, move.FromValue, l), Point(move.Kind, move.To, move.ToValue, l)].Value;
    }

    /// <summary>What the entry was before (a date and, where it counts, what it said), in the case worker's words.</summary>
    public static string Point(TimelineKind kind, DateOnly? on, string? value, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        if (on is null && value is null)
        {
            return l["TimelineMove.None"].Value;
        }

        var said = kind switch
        {
            TimelineKind.ObligationChanges => l[$"ObligationClass.{value}"].Value,
            TimelineKind.ParticipationDuty => l[$"ParticipationDutyReason.{value}"].Value,
            TimelineKind.Fee => $"€ {value}",
            TimelineKind.MayWorkFrom => l[$"WorkPermission.{value}", Format.Date(on)].Value.TrimEnd('.'),
            _ => null,
        };
        return kind switch
        {
            TimelineKind.ParticipationDuty or TimelineKind.Fee or TimelineKind.MayWorkFrom => said!,
            _ when said is not null => $"{Format.Date(on)} ({said})",
            _ => Format.Date(on),
        };
    }

    public static string Causes(IEnumerable<TimelineCause> causes, IStringLocalizer l, string prefix = "TimelineCause")
    {
        ArgumentNullException.ThrowIfNull(l);
        return string.Join(", ", causes.Select(cause => l[$"{prefix}.{cause}"].Value));
    }

    /// <summary>
    /// The moved dates of one change in plain language for the newcomer, each sentence once: one change of the class
    /// can shift two of its dates, and both then read the same.
    /// </summary>
    public static IEnumerable<string> MovesForNewcomer(IEnumerable<TimelineMove> moves, IReadOnlyList<TimelineCause> causes, IStringLocalizer l) =>
        moves.Select(move => MoveForNewcomer(move, causes, l)).Distinct(StringComparer.Ordinal);

    /// <summary>One moved date in plain language for the newcomer: the date before and after, or that it changed, and why.</summary>
    private static string MoveForNewcomer(TimelineMove move, IReadOnlyList<TimelineCause> causes, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(move);
        ArgumentNullException.ThrowIfNull(l);
        var what = l[$"MyTrajectory.MovedKind.{move.Kind}"].Value;
        var why = Causes(causes, l, "MyTrajectory.Cause");
        if (move.Kind is TimelineKind.ParticipationDuty or TimelineKind.Fee or TimelineKind.ObligationChanges || move.From == move.To)
        {
            return l["MyTrajectory.Changed", what, why].Value;
        }

        string Day(DateOnly? day) => day is { } d ? Format.Date(d) : l["MyTrajectory.MovedNone"].Value;
        return l["MyTrajectory.Moved", what, Day(move.From), Day(move.To), why].Value;
    }
}
