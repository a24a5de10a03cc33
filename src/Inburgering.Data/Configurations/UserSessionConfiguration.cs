using Inburgering.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("UserSessions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.SecurityStamp).HasMaxLength(256);
        builder.Property(s => s.EndReason).AsName();
        builder.HasIndex(s => s.UserId);
    }
}
