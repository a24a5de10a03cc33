using Inburgering.Data.Privacy;
using Inburgering.Domain.Newcomers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

/// <summary>No foreign key to the dossier: the record of an erasure outlives nothing it refers to but the number.</summary>
internal sealed class ErasureConfiguration : IEntityTypeConfiguration<Erasure>
{
    public void Configure(EntityTypeBuilder<Erasure> builder)
    {
        builder.ToTable("Erasures");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.NewcomerId).HasConversion(id => id.Value, value => new NewcomerId(value));
        builder.Property(e => e.DossierNumber).HasMaxLength(12);
        builder.Property(e => e.Ground).AsName();
        builder.Property(e => e.RequestedById).HasMaxLength(450);
        builder.Property(e => e.RequestedByName).HasMaxLength(Erasure.NameMaxLength);
        builder.Property(e => e.ConfirmedById).HasMaxLength(450);
        builder.Property(e => e.ConfirmedByName).HasMaxLength(Erasure.NameMaxLength);
        builder.HasIndex(e => e.NewcomerId);
        builder.HasIndex(e => e.RequestedAtUtc);
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(JobLease.NameMaxLength);
        builder.Property(l => l.HolderId).HasMaxLength(100);
    }
}
