using Inburgering.Data.Identity;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength);
        builder.Property(u => u.NewcomerId).HasConversion(id => id!.Value.Value, value => new NewcomerId(value));
        builder.HasOne<Office>().WithMany().HasForeignKey(u => u.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Newcomer>().WithMany().HasForeignKey(u => u.NewcomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => u.NewcomerId).IsUnique();
        builder.HasOne<Domain.Partners.PartnerOrganisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(u => u.Municipality).HasMaxLength(Domain.Partners.OrganisationDetails.TextMaxLength);
    }
}
