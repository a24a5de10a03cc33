using Inburgering.Data.Identity;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

internal sealed class PartnerOrganisationConfiguration : IEntityTypeConfiguration<PartnerOrganisation>
{
    public void Configure(EntityTypeBuilder<PartnerOrganisation> builder)
    {
        builder.ToTable("Organisations");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(OrganisationDetails.NameMaxLength);
        builder.Property(o => o.Kind).AsName();
        builder.Property(o => o.Municipality).HasMaxLength(OrganisationDetails.TextMaxLength);
        builder.Property(o => o.Agency).AsName();
        builder.Ignore(o => o.MunicipalitiesServed);
        builder.Property<string>(PartnerOrganisationColumns.Served).HasColumnName("MunicipalitiesServed")
            .HasMaxLength(PartnerOrganisation.ServedMaxLength);
        builder.Property(o => o.ContactName).HasMaxLength(OrganisationDetails.TextMaxLength);
        builder.Property(o => o.Phone).HasMaxLength(30);
        builder.Property(o => o.Email).HasMaxLength(OrganisationDetails.TextMaxLength);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasIndex(o => o.Municipality);
        builder.HasIndex(o => o.Agency);
        builder.HasVersion();
    }
}

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.ToTable("Offers");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Title).HasMaxLength(OfferDetails.TitleMaxLength);
        builder.Property(o => o.Track).AsName();
        builder.Property(o => o.DutchLevel).AsName();

        // Flags as a number: the search asks (Schedule & availability) != 0 in SQL.
        builder.Property(o => o.Schedule);
        builder.Property(o => o.ContactLanguage).HasMaxLength(OfferDetails.TextMaxLength);
        builder.Property(o => o.Location).HasMaxLength(OfferDetails.TextMaxLength);
        builder.Property(o => o.Municipality).HasMaxLength(OfferDetails.TextMaxLength);
        builder.Property(o => o.NisCode).HasMaxLength(5);
        builder.Ignore(o => o.CountsHours);
        builder.HasIndex(o => new { o.Track, o.Withdrawn, o.Municipality });
        builder.HasIndex(o => o.OrganisationId);
        builder.HasVersion();
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("Referrals");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.NewcomerId).HasConversion(id => id.Value, value => new NewcomerId(value));
        builder.HasOne<Newcomer>().WithMany().HasForeignKey(r => r.NewcomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Offer>().WithMany().HasForeignKey(r => r.OfferId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.CaseWorkerId).HasMaxLength(450);
        builder.Property(r => r.Agency).AsName();
        builder.Property(r => r.NewcomerMunicipality).HasMaxLength(OrganisationDetails.TextMaxLength);
        builder.Property(r => r.Message).HasMaxLength(Referral.MessageMaxLength);
        builder.Property(r => r.Status).AsName();
        builder.Property(r => r.ConfirmedHours).HasPrecision(7, 2);
        builder.ComplexProperty(r => r.Shared, shared =>
        {
            shared.Property(s => s.FullName).HasMaxLength(2 * PersonalData.NameMaxLength + 1);
            shared.Property(s => s.Phone).HasMaxLength(PersonalData.TextMaxLength);
            shared.Property(s => s.Email).HasMaxLength(PersonalData.TextMaxLength);
            shared.Property(s => s.Languages).HasMaxLength(PersonalData.TextMaxLength);
            shared.Property(s => s.DutchLevel).AsName();
        });
        builder.Ignore(r => r.IsClosed);
        builder.Ignore(r => r.Changes);
        builder.Ignore(r => r.DossierId);
        builder.HasMany(r => r.Steps).WithOne().HasForeignKey("ReferralId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Steps).HasField("_steps");

        // The partner's list (its organisation, by status and date), the dossier, the agenda, the municipality's figures.
        builder.HasIndex(r => new { r.OrganisationId, r.Status, r.SentOn });
        builder.HasIndex(r => new { r.NewcomerId, r.SentOn });
        builder.HasIndex(r => new { r.CaseWorkerId, r.Status, r.StatusOn });
        builder.HasIndex(r => new { r.NewcomerMunicipality, r.Status });
        builder.HasIndex(r => new { r.OfferId, r.Status });
        builder.HasVersion();
    }
}

internal sealed class ReferralStepConfiguration : IEntityTypeConfiguration<ReferralStep>
{
    public void Configure(EntityTypeBuilder<ReferralStep> builder)
    {
        builder.ToTable("ReferralSteps");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Status).AsName();
        builder.Property(s => s.By).AsName();
        builder.Property(s => s.ByName).HasMaxLength(AppUser.DisplayNameMaxLength + OrganisationDetails.NameMaxLength);
        builder.Property(s => s.Note).HasMaxLength(ReferralStep.NoteMaxLength);
    }
}
