using Inburgering.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.ToTable("Offices");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Agency).AsName();
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.Region).HasMaxLength(100);
        builder.Property(o => o.Address).HasMaxLength(200);
        builder.Property(o => o.Phone).HasMaxLength(30);
        builder.Property(o => o.Email).HasMaxLength(200);
        builder.HasIndex(o => o.Name).IsUnique();
    }
}
