using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Trajectories;
using Inburgering.Web.Identity;
using Inburgering.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options, IActor actor, TimeProvider time)
    : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    /// <summary>Shadow concurrency token on every aggregate and action: a new value on each save.</summary>
    public const string Version = nameof(Version);

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<Newcomer> Newcomers => Set<Newcomer>();

    public DbSet<Trajectory> Trajectories => Set<Trajectory>();

    public DbSet<FollowUpAction> FollowUpActions => Set<FollowUpAction>();

    public DbSet<DossierEvent> DossierEvents => Set<DossierEvent>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    private void BeforeSave()
    {
        ChangeTracker.DetectChanges();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var entry in ChangeTracker.Entries<IRecordsChanges>().ToList())
        {
            foreach (var change in entry.Entity.Changes)
            {
                DossierEvents.Add(new DossierEvent(entry.Entity.DossierId, change, actor.Id, actor.Name, now));
            }

            entry.Entity.ClearChanges();
        }

        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified && entry.Metadata.FindProperty(Version) is not null)
            {
                entry.Property(Version).CurrentValue = Guid.NewGuid();
            }
        }
    }
}
