using FluentValidation;
using Inburgering.Domain.Rules;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Pages.Actions;

/// <summary>What the shared action fields show: the input and the tracks an action can be logged on.</summary>
public sealed record ActionFields(ActionInput Input, IReadOnlyList<TrackKind> Tracks);

/// <summary>A follow-up action as the log and edit forms post it.</summary>
public class ActionInput
{
    /// <summary>Done actions cannot lie further back than this: almost always a typing error in the year.</summary>
    public const int MaxYearsBack = 3;

    public TrackKind? Track { get; set; }

    public ActionType? Type { get; set; }

    public Partner? Partner { get; set; }

    public DateOnly? Date { get; set; }

    public DateOnly? DueOn { get; set; }

    /// <summary>As typed: "4,5" and "4.5" both mean four and a half hours.</summary>
    public string? Hours { get; set; }

    public decimal? ParsedHours => ParseHours(Hours);

    public string? Note { get; set; }

    public string? Outcome { get; set; }

    /// <summary>An appointment's hour on the action's date (a time input posts "10:00").</summary>
    public TimeOnly? StartsAt { get; set; }

    public string? Place { get; set; }

    public static ActionInput From(FollowUpAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new()
        {
            Track = action.Track,
            Type = action.Type,
            Partner = action.Partner,
            Date = action.Date,
            // Empty means "the action's own date" (see the hint), so moving the date does not trip over an old due date.
            DueOn = action.DueOn == action.Date ? null : action.DueOn,
            Hours = action.Hours is { } hours ? Localization.Format.Hours(hours) : null,
            Note = action.Note,
            Outcome = action.Outcome,
            StartsAt = action.StartsAt,
            Place = action.Place,
        };
    }

    public ActionDetails ToDetails() => new()
    {
        Track = Track ?? throw new InvalidOperationException("Validated input has a track."),
        Type = Type ?? throw new InvalidOperationException("Validated input has a type."),
        Partner = Partner,
        Date = Date ?? throw new InvalidOperationException("Validated input has a date."),
        DueOn = DueOn,
        Hours = ParsedHours,
        Note = Note,
        StartsAt = StartsAt,
        Place = Place,
    };

    public static decimal? ParseHours(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var hours)
            ? hours
            : null;
}

public sealed class ActionInputValidator : AbstractValidator<ActionInput>
{
    public ActionInputValidator(IStringLocalizer<SharedResource> localizer, TimeProvider time)
    {
        var today = time.Today();
        string Message(string code, params object[] args) => localizer[$"Error.{code}", args];

        RuleFor(x => x.Track).NotNull().IsInEnum();
        RuleFor(x => x.Type).NotNull().IsInEnum();
        RuleFor(x => x.Partner).IsInEnum();
        RuleFor(x => x.Partner).NotNull().When(x => x.Type == ActionType.Referral).WithMessage(_ => Message("PartnerRequired"));
        RuleFor(x => x.Date).NotNull()
            .LessThanOrEqualTo(today.AddMonths(12)).WithMessage(_ => Message("DateTooFarAhead", 12))
            .GreaterThan(today.AddYears(-ActionInput.MaxYearsBack)).WithMessage(_ => localizer["Action.DateTooOld"]);
        RuleFor(x => x.DueOn).GreaterThanOrEqualTo(x => x.Date).When(x => x.Date is not null && x.DueOn is not null).WithMessage(_ => Message("DueBeforeDate"))
            .LessThanOrEqualTo(today.AddMonths(12)).WithMessage(_ => Message("DateTooFarAhead", 12));
        RuleFor(x => x.Hours)
            .Must(text => ActionInput.ParseHours(text) is > 0 and <= ParticipationRule.MaxHoursPerActivity)
            .WithMessage(_ => Message("HoursOutOfRange", ParticipationRule.MaxHoursPerActivity))
            .When(x => x.Type == ActionType.ParticipationActivity);
        RuleFor(x => x.Hours).Empty().When(x => x.Type != ActionType.ParticipationActivity).WithMessage(_ => Message("HoursOnlyForParticipation"));
        RuleFor(x => x.Track).Equal(TrackKind.Participation).When(x => x.Type == ActionType.ParticipationActivity).WithMessage(_ => Message("ParticipationActivityOnParticipationTrack"));
        RuleFor(x => x.Note).MaximumLength(ActionDetails.NoteMaxLength);
        RuleFor(x => x.Outcome).MaximumLength(ActionDetails.OutcomeMaxLength);
        RuleFor(x => x.Place).MaximumLength(ActionDetails.PlaceMaxLength);
        RuleFor(x => x.StartsAt).NotNull().When(x => !string.IsNullOrWhiteSpace(x.Place)).WithMessage(_ => Message("StartsAtRequiredWithPlace"));
    }
}

/// <summary>A new action as the log form posts it: whether it already happened is asked, never assumed.</summary>
public sealed class NewActionInput : ActionInput
{
    public bool? Done { get; set; }
}

public sealed class NewActionInputValidator : AbstractValidator<NewActionInput>
{
    public NewActionInputValidator(IStringLocalizer<SharedResource> localizer, TimeProvider time)
    {
        Include(new ActionInputValidator(localizer, time));
        RuleFor(x => x.Done).NotNull();
        RuleFor(x => x.Date).LessThanOrEqualTo(time.Today()).When(x => x.Done == true).WithMessage(_ => localizer["Error.DoneActionInFuture"]);
    }
}
