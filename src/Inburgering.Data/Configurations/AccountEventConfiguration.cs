using Inburgering.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

internal sealed class AccountEventConfiguration : IEntityTypeConfiguration<AccountEvent>
{
    public void Configure(EntityTypeBuilder<AccountEvent> builder)
    {
        builder.ToTable("AccountEvents");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Kind).AsName();
        builder.Property(e => e.ByUserId).HasMaxLength(450);
        builder.Property(e => e.ByName).HasMaxLength(AppUser.DisplayNameMaxLength);
        builder.Property(e => e.Reason).HasMaxLength(AccountEvent.ReasonMaxLength);
        builder.HasIndex(e => e.UserId);
    }
}
