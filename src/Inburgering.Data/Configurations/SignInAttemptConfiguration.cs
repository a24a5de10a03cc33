using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

internal sealed class SignInAttemptConfiguration : IEntityTypeConfiguration<SignInAttempt>
{
    public void Configure(EntityTypeBuilder<SignInAttempt> builder)
    {
        builder.ToTable("SignInAttempts");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Address).HasMaxLength(64);
        builder.Property(a => a.Account).HasMaxLength(256);
        builder.HasIndex(a => new { a.Address, a.AtUtc });
        builder.HasIndex(a => new { a.Account, a.AtUtc });
        builder.HasIndex(a => a.AtUtc);
    }
}
