using Inburgering.Domain.Common;

namespace Inburgering.Domain.Trajectories;

/// <summary>What the intake learned: goals, barriers and the facts the maatwerk plan builds on.</summary>
public sealed record Intake
{
    public const int WorkExperienceMaxLength = 500;
    public const int NotesMaxLength = 2000;

    public required DateOnly CompletedOn { get; init; }

    public Goals Goals { get; init; }

    public Perspective Perspective { get; init; }

    public Barriers Barriers { get; init; }

    public EducationLevel EducationLevel { get; init; }

    public Literacy Literacy { get; init; }

    public string? WorkExperience { get; init; }

    /// <summary>Has a job now (a third of newcomers already work, often not sustainably).</summary>
    public bool Working { get; init; }

    public bool Studying { get; init; }

    public DiplomaRecognition DiplomaRecognition { get; init; }

    public CefrLevel DutchLevel { get; init; }

    public Availability Availability { get; init; }

    public bool NeedsChildcare { get; init; }

    /// <summary>Internal notes of the case worker; never shown to the newcomer.</summary>
    public string? Notes { get; init; }

    public void Validate(DateOnly today)
    {
        Guard.NotInFuture(CompletedOn, today, TrajectoryErrors.IntakeDateInFuture());
        Guard.OptionalText(WorkExperience, WorkExperienceMaxLength, TrajectoryErrors.WorkExperienceTooLong());
        Guard.OptionalText(Notes, NotesMaxLength, TrajectoryErrors.NotesTooLong());
        if (Goals == Goals.None)
        {
            throw new DomainException(TrajectoryErrors.IntakeGoalRequired());
        }
    }
}
