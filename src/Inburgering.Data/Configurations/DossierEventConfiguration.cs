using Inburgering.Data.History;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Data.Configurations;

internal sealed class DossierEventConfiguration : IEntityTypeConfiguration<DossierEvent>
{
    public void Configure(EntityTypeBuilder<DossierEvent> builder)
    {
        builder.ToTable("DossierEvents");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.NewcomerId).HasConversion(id => id.Value, value => new NewcomerId(value));
        builder.HasOne<Newcomer>().WithMany().HasForeignKey(e => e.NewcomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.Type).HasMaxLength(40);
        builder.Property(e => e.Change).HasColumnName("Data").HasConversion(change => DossierChangeJson.Write(change), json => DossierChangeJson.Read(json));
        builder.HasIndex(e => new { e.NewcomerId, e.OccurredAtUtc });
    }
}
