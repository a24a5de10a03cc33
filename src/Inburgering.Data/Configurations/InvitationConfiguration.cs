using Inburgering.Data.Identity;
using Inburgering.Domain.Newcomers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.NewcomerId).HasConversion(id => id.Value, value => new NewcomerId(value));
        builder.HasOne<Newcomer>().WithMany().HasForeignKey(i => i.NewcomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.CodeHash).HasMaxLength(64);
        builder.HasIndex(i => i.CodeHash).IsUnique();
        builder.Property(i => i.CreatedById).HasMaxLength(450);
        builder.Property(i => i.CreatedByName).HasMaxLength(AppUser.DisplayNameMaxLength);
        builder.Property(i => i.Reason).HasMaxLength(Invitation.ReasonMaxLength);
        builder.Property(i => i.RedeemedByUserId).HasMaxLength(450);
        builder.HasIndex(i => i.NewcomerId);
    }
}
