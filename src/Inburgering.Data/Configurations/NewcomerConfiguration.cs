using Inburgering.Data.Identity;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

internal sealed class NewcomerConfiguration : IEntityTypeConfiguration<Newcomer>
{
    public void Configure(EntityTypeBuilder<Newcomer> builder)
    {
        builder.ToTable("Newcomers");
        builder.Property(n => n.Id).HasConversion(id => id.Value, value => new NewcomerId(value)).ValueGeneratedNever();
        builder.Property(n => n.Number).HasMaxLength(12);
        builder.HasIndex(n => n.Number).IsUnique();
        builder.Property(n => n.Agency).AsName();
        builder.Property(n => n.CaseWorkerId).HasMaxLength(450);
        builder.HasOne<Office>().WithMany().HasForeignKey(n => n.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.CaseWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.Agency, n.CaseWorkerId });

        // Copies of the name for the lists' default order (set on every save, AppDbContext.BeforeSave): EF Core 10
        // cannot index complex-type columns (efcore#31246), and the agency-wide list must walk an index in name order
        // instead of sorting tens of thousands of dossiers for each page (docs/performance.md).
        builder.Property<string>(AppDbContext.SortLastName).HasMaxLength(PersonalData.NameMaxLength);
        builder.Property<string>(AppDbContext.SortFirstName).HasMaxLength(PersonalData.NameMaxLength);
        builder.HasIndex(nameof(Newcomer.Agency), AppDbContext.SortLastName, AppDbContext.SortFirstName, nameof(Newcomer.Number));
        builder.HasIndex(nameof(Newcomer.CaseWorkerId), AppDbContext.SortLastName, AppDbContext.SortFirstName, nameof(Newcomer.Number));

        // A copy of the municipality for the local government's figures, indexed for the same reason (ADR 0008).
        builder.Property<string>(AppDbContext.HomeMunicipality).HasMaxLength(PersonalData.NameMaxLength);
        builder.HasIndex(AppDbContext.HomeMunicipality);
        builder.HasVersion();
        builder.Ignore(n => n.Changes);
        builder.Ignore(n => n.DossierId);

        builder.ComplexProperty(n => n.Person, person =>
        {
            person.Property(p => p.FirstName).HasMaxLength(PersonalData.NameMaxLength);
            person.Property(p => p.LastName).HasMaxLength(PersonalData.NameMaxLength);
            person.Property(p => p.Gender).AsName();
            person.Property(p => p.Nationality).HasMaxLength(2);
            person.Property(p => p.Languages).HasMaxLength(PersonalData.TextMaxLength);
            person.Property(p => p.Phone).HasMaxLength(30);
            person.Property(p => p.Email).HasMaxLength(PersonalData.TextMaxLength);
            person.Property(p => p.Municipality).HasMaxLength(PersonalData.NameMaxLength);
            person.Property(p => p.NationalRegisterNumber)
                .HasConversion(n => n!.Digits, value => NationalRegisterNumber.Parse(value))
                .HasMaxLength(11);
            person.Ignore(p => p.FullName);
        });

        builder.ComplexProperty(n => n.Residence, residence => residence.Property(r => r.Status).AsName());
        builder.ComplexProperty(n => n.Obligations, schedule => schedule.MapObligationSchedule());

        // The days the region changed (a few at most): a primitive collection, JSON text on SQLite and SQL Server, a
        // date[] array on PostgreSQL (the provider's own mapping). Read with the row, never queried. Empty by default:
        // a dossier that never moved between regions (every row from before the column) has none.
        builder.PrimitiveCollection(n => n.RegionChangedOn).IsRequired().HasDefaultValue(Array.Empty<DateOnly>());
        builder.HasMany(n => n.Enforcement).WithOne().HasForeignKey("NewcomerId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(n => n.Enforcement).HasField("_enforcement");
    }
}

internal sealed class EnforcementNoticeConfiguration : IEntityTypeConfiguration<Domain.Enforcement.EnforcementNotice>
{
    public void Configure(EntityTypeBuilder<Domain.Enforcement.EnforcementNotice> builder)
    {
        builder.ToTable("EnforcementNotices");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Agency).AsName();
        builder.Property(n => n.Reason).AsName();
        builder.Property(n => n.Outcome).AsName();
        builder.Property(n => n.FineAmount).HasPrecision(9, 2);

        // The enforcement report counts per agency and period from this table alone.
        builder.HasIndex(n => new { n.Agency, n.NotifiedOn });
        builder.HasVersion();
    }
}
