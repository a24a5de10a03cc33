using Inburgering.Data.Audit;
using Inburgering.Domain.Newcomers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

/// <summary>No foreign key to the dossier: the log keeps its own retention period, also after an erasure.</summary>
internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable("AccessLog");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.NewcomerId).HasConversion(id => id.Value, value => new NewcomerId(value));
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(AccessLogEntry.NameMaxLength);
        builder.Property(e => e.Role).HasMaxLength(30);
        builder.Property(e => e.Agency).AsName();
        builder.Property(e => e.Kind).AsName();
        builder.Property(e => e.Purpose).AsName();
        builder.HasIndex(e => new { e.NewcomerId, e.AtUtc });
        builder.HasIndex(e => new { e.UserId, e.AtUtc });
        builder.HasIndex(e => e.AtUtc);

        // The team overview's "unusual reading" of the last 30 days: a range of the few flagged rows, not the whole log.
        builder.HasIndex(e => new { e.Agency, e.Unusual, e.AtUtc });
    }
}
