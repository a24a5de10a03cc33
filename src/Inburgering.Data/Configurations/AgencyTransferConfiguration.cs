using Inburgering.Domain.Newcomers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

internal sealed class AgencyTransferConfiguration : IEntityTypeConfiguration<AgencyTransfer>
{
    public void Configure(EntityTypeBuilder<AgencyTransfer> builder)
    {
        builder.ToTable("AgencyTransfers");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.NewcomerId).HasConversion(id => id.Value, value => new NewcomerId(value));
        builder.HasOne<Newcomer>().WithMany().HasForeignKey(t => t.NewcomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.From).AsName();
        builder.Property(t => t.To).AsName();
        builder.Property(t => t.Municipality).HasMaxLength(PersonalData.NameMaxLength);
        builder.Property(t => t.Reason).HasMaxLength(AgencyTransfer.ReasonMaxLength);
        builder.Property(t => t.RequestedBy).HasMaxLength(450);
        builder.Property(t => t.State).AsName();
        builder.Property(t => t.DecidedBy).HasMaxLength(450);
        builder.Property(t => t.RefusalReason).HasMaxLength(AgencyTransfer.ReasonMaxLength);
        builder.Ignore(t => t.IsOpen);

        // The dossier's banner (its latest transfer) and the receiving coordinator's list of open requests.
        builder.HasIndex(t => new { t.NewcomerId, t.RequestedOn });
        builder.HasIndex(t => new { t.To, t.State });
        builder.HasVersion();
    }
}
