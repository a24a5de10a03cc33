using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Trajectories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

internal sealed class TrajectoryConfiguration : IEntityTypeConfiguration<Trajectory>
{
    public void Configure(EntityTypeBuilder<Trajectory> builder)
    {
        builder.ToTable("Trajectories");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.NewcomerId).HasConversion(id => id.Value, value => new NewcomerId(value));
        builder.HasOne<Newcomer>().WithMany().HasForeignKey(t => t.NewcomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Kind).AsName();
        builder.Property(t => t.Status).AsName();
        builder.Property(t => t.Obligation).AsName();
        builder.ComplexProperty(t => t.Obligations, schedule => schedule.MapObligationSchedule());
        builder.Property(t => t.StopReason).AsName();
        builder.Property(t => t.Goal).HasMaxLength(Trajectory.GoalMaxLength);
        builder.Property(t => t.CertificateKind).AsName();
        builder.Property(t => t.FeeExemption).AsName();
        builder.Property(t => t.FeeExemptionReason).HasMaxLength(DossierEvent.DetailMaxLength);
        builder.Property(t => t.SocialOrientationFeePaid).HasPrecision(9, 2);
        builder.Property(t => t.DutchLanguageFeePaid).HasPrecision(9, 2);
        builder.Property(t => t.EffortMotivation).HasMaxLength(Trajectory.MotivationMaxLength);
        builder.Property(t => t.FirstActionCategory).AsName();
        builder.Property(t => t.Agency).AsName();
        builder.Property(t => t.CaseWorkerId).HasMaxLength(450);
        builder.Property(t => t.Gender).AsName();
        builder.Property(t => t.Municipality).HasMaxLength(PersonalData.NameMaxLength);
        builder.HasIndex(t => new { t.NewcomerId, t.Kind });

        // The local government's figures count the trajectories of one municipality (ADR 0008).
        builder.HasIndex(t => new { t.Municipality, t.Kind, t.Obligation });

        // ... and join their confirmed participation hours from the index alone: the administrator's report over all
        // regional networks reads every trajectory (docs/performance.md: 4.2 s → 0.4 s in SQLite at 100,000).
        builder.HasIndex(t => new { t.Municipality, t.NewcomerId, t.Id });

        // One integration trajectory per dossier, also when two intakes are saved at the same moment: the
        // newcomer's id, only on integration trajectories (set on save), under a unique index.
        builder.Property<Guid?>(AppDbContext.IntegrationOf);
        builder.HasIndex(AppDbContext.IntegrationOf).IsUnique();
        builder.HasIndex(t => new { t.Kind, t.StartedOn });

        // The team overview counts per case worker of one agency straight from this table (ADR 0004), and the
        // reports group it; these indexes let SQLite count from the index alone (docs/performance.md).
        builder.HasIndex(t => new { t.Agency, t.Kind, t.CaseWorkerId });
        builder.HasIndex(t => new { t.Kind, t.Agency, t.OfficeId, t.Status, t.StartedOn });
        builder.HasIndex(t => new { t.Kind, t.Agency, t.FirstActionCategory });
        builder.HasIndex(t => new { t.Kind, t.Agency, t.DaysToFirstAction });
        builder.HasIndex(t => new { t.Kind, t.Agency, t.DaysToWork });
        builder.HasIndex(t => new { t.Kind, t.Agency, t.DaysToCertificate });
        builder.HasVersion();
        builder.Ignore(t => t.Changes);
        builder.Ignore(t => t.DossierId);

        builder.ComplexProperty(t => t.Intake, intake =>
        {
            intake.Property(i => i.Perspective).AsName();
            intake.Property(i => i.EducationLevel).AsName();
            intake.Property(i => i.Literacy).AsName();
            intake.Property(i => i.DiplomaRecognition).AsName();
            intake.Property(i => i.DutchLevel).AsName();
            intake.Property(i => i.WorkExperience).HasMaxLength(Intake.WorkExperienceMaxLength);
            intake.Property(i => i.Notes).HasMaxLength(Intake.NotesMaxLength);
        });

        builder.ComplexProperty(t => t.SocialOrientation, track =>
        {
            track.Property(x => x.Status).AsName();
            track.Property(x => x.CourseLanguage).HasMaxLength(SocialOrientationTrack.CourseLanguageMaxLength);
        });
        builder.ComplexProperty(t => t.DutchLanguage, track =>
        {
            track.Property(x => x.Status).AsName();
            track.Property(x => x.Profile).AsName();
            track.Property(x => x.TargetLevel).AsName();
            track.Property(x => x.LevelReached).AsName();
        });
        builder.ComplexProperty(t => t.Work, track =>
        {
            track.Property(x => x.Status).AsName();
            track.Property(x => x.Route).AsName();
        });
        builder.ComplexProperty(t => t.Participation, track =>
        {
            track.Property(x => x.Status).AsName();
            track.Property(x => x.Hours).HasPrecision(7, 2);
        });

        builder.HasMany(t => t.Actions).WithOne().HasForeignKey("TrajectoryId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.SocialOrientationTests).WithOne().HasForeignKey("TrajectoryId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.DutchExams).WithOne().HasForeignKey("TrajectoryId").IsRequired().OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FollowUpActionConfiguration : IEntityTypeConfiguration<FollowUpAction>
{
    public void Configure(EntityTypeBuilder<FollowUpAction> builder)
    {
        builder.ToTable("FollowUpActions");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Track).AsName();
        builder.Property(a => a.Type).AsName();
        builder.Property(a => a.Partner).AsName();
        builder.Property(a => a.Status).AsName();
        builder.Property(a => a.Outcome).HasMaxLength(ActionDetails.OutcomeMaxLength);
        builder.Property(a => a.Note).HasMaxLength(ActionDetails.NoteMaxLength);
        builder.Property(a => a.Hours).HasPrecision(5, 2);
        builder.Property(a => a.HoursConfirmedBy).AsName();
        builder.Property(a => a.HoursConfirmedByName).HasMaxLength(Domain.Partners.OrganisationDetails.NameMaxLength);
        builder.Property(a => a.Place).HasMaxLength(ActionDetails.PlaceMaxLength);
        builder.Ignore(a => a.HoursCount);
        builder.Ignore(a => a.IsAppointment);
        builder.HasIndex("TrajectoryId", nameof(FollowUpAction.Date));

        // Confirmed participation hours per trajectory without reading the action rows (the municipality figures).
        builder.HasIndex("TrajectoryId", nameof(FollowUpAction.Type), nameof(FollowUpAction.Status), nameof(FollowUpAction.HoursConfirmedBy), nameof(FollowUpAction.Hours));
        builder.HasIndex(a => new { a.Status, a.DueOn });
        builder.HasVersion();
    }
}

internal sealed class SocialOrientationTestResultConfiguration : IEntityTypeConfiguration<SocialOrientationTestResult>
{
    public void Configure(EntityTypeBuilder<SocialOrientationTestResult> builder)
    {
        builder.ToTable("SocialOrientationTestResults");
        builder.Property(r => r.Id).ValueGeneratedNever();
    }
}

internal sealed class DutchExamResultConfiguration : IEntityTypeConfiguration<DutchExamResult>
{
    public void Configure(EntityTypeBuilder<DutchExamResult> builder)
    {
        builder.ToTable("DutchExamResults");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Level).AsName();
        builder.Property(r => r.Mode).AsName();
        builder.Property(r => r.RecordedBy).HasMaxLength(ExamRecorder.NameMaxLength);
    }
}
