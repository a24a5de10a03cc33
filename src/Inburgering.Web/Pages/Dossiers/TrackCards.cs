using Inburgering.Domain.History;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Dossiers;

public sealed record TrackLine(string Label, string Value);

/// <summary>One track on the dossier page: its facts, the next step and what needs attention.</summary>
public sealed record TrackCard(
    TrackKind Kind,
    TrackStatus Status,
    IReadOnlyList<TrackLine> Lines,
    string? NextStep,
    string? Warning,
    bool WarningIsUrgent,
    decimal? Hours)
{
    public bool CanStart => Status == TrackStatus.NotStarted;

    /// <summary>Work closes by hand; participation too, unless it is mandatory and the hours are not there yet.</summary>
    public bool CanComplete => Status == TrackStatus.Running
        && (Kind == TrackKind.Work || (Kind == TrackKind.Participation && !HoursStillMissing));

    public bool HoursStillMissing { get; init; }

    /// <summary>The plan of a running integration trajectory can change (a track added, stopped, its objective changed).</summary>
    public bool CanChangePlan { get; init; }

    public bool CanLog => Status is TrackStatus.Running or TrackStatus.Completed;
}

/// <summary>Turns a trajectory's tracks into what a case worker reads at a glance.</summary>
public static class TrackCards
{
    public const int WarnDaysBefore = 14;

    /// <param name="planChanges">The dossier's plan changes, newest first: each card shows its track's latest.</param>
    public static IReadOnlyList<TrackCard> For(TrajectoryView trajectory, IReadOnlyList<ActionRow> openActions, DateOnly today, IStringLocalizer l, IReadOnlyList<HistoryRow>? planChanges = null)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        ArgumentNullException.ThrowIfNull(openActions);
        var planned = trajectory.Kind == TrajectoryKind.Integration ? planChanges ?? [] : [];
        return [.. Enum.GetValues<TrackKind>()
            .Select(kind => Card(kind, trajectory, openActions.Where(a => a.TrajectoryId == trajectory.Id && a.Track == kind).ToList(), today, l) with
            {
                CanChangePlan = trajectory.Kind == TrajectoryKind.Integration && trajectory.Status == TrajectoryStatus.Running,
            })
            .Select(card => WithPlan(card, trajectory, planned, l))];
    }

    /// <summary>The track's latest change of plan, and what a stopped track still means for the attest.</summary>
    private static TrackCard WithPlan(TrackCard card, TrajectoryView t, IReadOnlyList<HistoryRow> planChanges, IStringLocalizer l)
    {
        var lines = card.Lines.ToList();
        var last = planChanges.FirstOrDefault(r => r.Change switch
        {
            TrackAdded c => c.Track == card.Kind,
            TrackStopped c => c.Track == card.Kind,
            TrackObjectiveChanged c => c.Track == card.Kind,
            _ => false,
        });
        if (last is not null)
        {
            var what = last.Change switch
            {
                TrackAdded c => c.Reason,
                TrackStopped c => c.Reason,
                TrackObjectiveChanged c => $"{HistoryDetail.Objective(c.Track, c.Objective, l)} · {c.Reason}",
                _ => string.Empty,
            };
            var on = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(last.OccurredAtUtc, Format.Brussels));
            lines.Add(new(l["Track.PlanChanged"], l["Track.PlanChangeLine", Format.Date(on), l[$"DossierEventType.{last.Change.Type}"], what]));
        }

        var stillOwed = card.Kind switch
        {
            TrackKind.SocialOrientation or TrackKind.DutchLanguage => true,
            TrackKind.Work => t.Work.RequiredForCertificate && t.Work.VdabRegisteredOn is null,
            _ => card.HoursStillMissing,
        };
        var warning = card.Status == TrackStatus.Stopped && t.Status == TrajectoryStatus.Running && stillOwed
            ? l[$"Plan.StopConsequence.{card.Kind}"].Value
            : card.Warning;
        return card with { Lines = lines, Warning = warning, WarningIsUrgent = warning == card.Warning && card.WarningIsUrgent };
    }

    private static TrackCard Card(TrackKind kind, TrajectoryView t, List<ActionRow> open, DateOnly today, IStringLocalizer l)
    {
        var lines = new List<TrackLine>();
        string? suggestion = null;
        string? warning = null;
        var urgent = false;
        decimal? hours = null;

        switch (kind)
        {
            case TrackKind.SocialOrientation:
                if (t.SocialOrientation.CourseLanguage is { } language)
                {
                    lines.Add(new(l["Track.CourseLanguage"], language));
                }

                if (t.SocialOrientationTests.Count > 0 && t.SocialOrientationTests[^1] is var test)
                {
                    lines.Add(new(l["Track.LastTest"], l["Track.TestResult", Format.Date(test.Date), test.PracticalScore, test.ValuesScore, test.Passed ? l["Exam.Passed"] : l["Exam.Failed"]]));
                }

                lines.Add(new(l["Track.Attempts"], t.SocialOrientationTests.Count.ToString(System.Globalization.CultureInfo.CurrentCulture)));
                if (t.SocialOrientation.Status == TrackStatus.Running)
                {
                    suggestion = t.SocialOrientationTests.Count == 0 ? l["Track.Next.PlanTest"] : l["Track.Next.PlanRetake"];
                }

                break;

            case TrackKind.DutchLanguage:
                var track = t.DutchLanguage;
                lines.Add(new(l["Track.Profile"], l["Track.ProfileHours", l.Enum(track.Profile), DutchLanguageRule.CourseHoursPerLevel(track.Profile)]));
                lines.Add(new(l["Track.TargetLevel"], $"{track.TargetLevel}{(track.OralExam ? " " + l["Track.Oral"] : string.Empty)}"));
                lines.Add(new(l["Track.LevelReached"], track.LevelReached == CefrLevel.None ? l["CefrLevel.None"] : track.LevelReached.ToString()));
                if (t.DutchExams.Count > 0 && t.DutchExams[^1] is var exam)
                {
                    lines.Add(new(l["Track.LastExam"], l["Track.ExamResult", Format.Date(exam.Date), exam.Level, l.Enum(exam.Mode), exam.Passed ? l["Exam.Passed"] : l["Exam.Failed"]]));
                    if (exam.RecordedBy is { } recordedBy)
                    {
                        lines.Add(new(l["Track.ExamRecordedBy"], recordedBy));
                    }
                }

                if (track.Status == TrackStatus.Running)
                {
                    var next = (CefrLevel)Math.Min((int)track.TargetLevel, (int)track.LevelReached + 1);
                    suggestion = l["Track.Next.PlanExam", next];
                }

                if (t.OralB1DueOn is { } b1 && !t.OralB1Reached)
                {
                    lines.Add(new(l["Track.OralB1DueOn"], Format.Date(b1)));
                    (warning, urgent) = Deadline(b1, today, l["Deadline.OralB1"], l);
                }

                break;

            case TrackKind.Work:
                var work = t.Work;
                lines.Add(new(l["Track.Route"], l.Enum(work.Route)));
                if (work.VdabRequired)
                {
                    lines.Add(new(l["Track.Vdab"], work.VdabRegisteredOn is { } registered
                        ? l["Track.VdabRegistered", Format.Date(registered)]
                        : l["Track.VdabDue", Format.Date(work.VdabDueOn)]));
                    if (work.VdabRegisteredOn is null && work.VdabDueOn is { } due)
                    {
                        (warning, urgent) = Deadline(due, today, l["Deadline.Vdab"], l);
                        suggestion = l["Track.Next.RegisterVdab"];
                    }
                }
                else
                {
                    lines.Add(new(l["Track.Vdab"], l["Track.VdabNotRequired"]));
                }

                if (work.WorkStartedOn is { } started)
                {
                    lines.Add(new(l["Track.WorkStarted"], Format.Date(started)));
                }

                break;

            case TrackKind.Participation:
                var participation = t.Participation;
                lines.Add(new(l["Track.Mandatory"], (t.ParticipationDuty.Mandatory ? l["Yes"] : l["Track.Optional"]) + " · " + l[$"ParticipationDutyReason.{t.ParticipationDuty.Reason}"]));
                hours = participation.Hours;
                if (participation.Status == TrackStatus.Running && participation.Hours < ParticipationRule.RequiredHours)
                {
                    suggestion = l["Track.Next.Hours", Format.Hours(ParticipationRule.RequiredHours - participation.Hours)];
                }

                break;
        }

        var overdue = open.Count(a => a.DueOn < today);
        if (overdue > 0 && warning is null)
        {
            (warning, urgent) = (l.Plural("Track.OverdueActions", overdue), true);
        }

        var nextAction = open.OrderBy(a => a.DueOn).FirstOrDefault();
        var nextStep = nextAction is not null
            ? l["Track.Next.Action", l.Enum(nextAction.Type), Format.Date(nextAction.DueOn)]
            : t.TrackOf(kind).Status == TrackStatus.NotStarted ? l["Track.Next.Start"] : suggestion;
        return new TrackCard(kind, t.TrackOf(kind).Status, lines, nextStep, warning, urgent, hours)
        {
            HoursStillMissing = t.ParticipationDuty.Mandatory && t.Participation.Hours < ParticipationRule.RequiredHours,
        };
    }

    private static (string? Warning, bool Urgent) Deadline(DateOnly due, DateOnly today, string what, IStringLocalizer l) =>
        due < today ? (l["Deadline.Passed", what, Format.Date(due)], true)
        : due <= today.AddDays(WarnDaysBefore) ? (l["Deadline.Soon", what, Format.Date(due)], false)
        : (null, false);
}
