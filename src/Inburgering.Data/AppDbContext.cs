using Inburgering.Data.Audit;
using Inburgering.Data.Identity;
using Inburgering.Data.Privacy;
using Inburgering.Domain.History;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Partners;
using Inburgering.Domain.Trajectories;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options, IActor actor, TimeProvider time)
    : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    /// <summary>Shadow concurrency token on every aggregate and action: a new value on each save.</summary>
    public const string Version = nameof(Version);

    /// <summary>Shadow column that makes "one integration trajectory per dossier" a database rule.</summary>
    public const string IntegrationOf = nameof(IntegrationOf);

    /// <summary>Shadow copies of the newcomer's last and first name that the name-ordered indexes hold (efcore#31246).</summary>
    public const string SortLastName = nameof(SortLastName);

    /// <inheritdoc cref="SortLastName"/>
    public const string SortFirstName = nameof(SortFirstName);

    /// <summary>Shadow copy of the municipality the newcomer lives in, indexed for the local government's figures (ADR 0008).</summary>
    public const string HomeMunicipality = nameof(HomeMunicipality);

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<Newcomer> Newcomers => Set<Newcomer>();

    public DbSet<Trajectory> Trajectories => Set<Trajectory>();

    public DbSet<FollowUpAction> FollowUpActions => Set<FollowUpAction>();

    public DbSet<DossierEvent> DossierEvents => Set<DossierEvent>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    public DbSet<AccountEvent> AccountEvents => Set<AccountEvent>();

    public DbSet<Erasure> Erasures => Set<Erasure>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<PartnerOrganisation> Organisations => Set<PartnerOrganisation>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<AgencyTransfer> AgencyTransfers => Set<AgencyTransfer>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeTracker.DetectChanges();
        var changed = ChangedParticipants();
        if (changed.Count > 0)
        {
            var ids = changed.Keys.ToList();
            FollowDossiers(changed, [.. Trajectories.Where(t => ids.Contains(t.NewcomerId))]);
            RevokeCodesOfFormerCaseWorkers(changed, [.. Invitations.Where(i => ids.Contains(i.NewcomerId) && i.UsedAtUtc == null && i.RevokedAtUtc == null)]);
        }

        BeforeSave();
        NewStampOnAccessChange();
        RefuseAccessLogChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var changed = ChangedParticipants();
        if (changed.Count > 0)
        {
            // One query for all of them: a bulk reassignment changes hundreds of dossiers in one save.
            var ids = changed.Keys.ToList();
            FollowDossiers(changed, await Trajectories.Where(t => ids.Contains(t.NewcomerId)).ToListAsync(cancellationToken));
            RevokeCodesOfFormerCaseWorkers(changed, await Invitations.Where(i => ids.Contains(i.NewcomerId) && i.UsedAtUtc == null && i.RevokedAtUtc == null).ToListAsync(cancellationToken));
        }

        BeforeSave();
        NewStampOnAccessChange();
        RefuseAccessLogChanges();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        FitIdentityKeysForSqlServer(builder);
    }

    /// <summary>
    /// Identity's composite keys are three or two nvarchar(450) columns, more than SQL Server holds in a clustered
    /// (900 bytes) or nonclustered (1700 bytes) key: every write with long values would fail (error 1946). Provider
    /// names and token names fit in 128 characters, role ids are GUIDs (36); the two widest keys are nonclustered.
    /// </summary>
    private static void FitIdentityKeysForSqlServer(ModelBuilder builder)
    {
        const int NameLength = 128;
        const int GuidLength = 36;
        builder.Entity<IdentityUserLogin<string>>(login =>
        {
            login.Property(l => l.LoginProvider).HasMaxLength(NameLength);
            login.Property(l => l.ProviderKey).HasMaxLength(NameLength);
        });
        builder.Entity<IdentityUserToken<string>>(token =>
        {
            token.Property(t => t.LoginProvider).HasMaxLength(NameLength);
            token.Property(t => t.Name).HasMaxLength(NameLength);
            token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name }).IsClustered(false);
        });
        builder.Entity<IdentityRole>().Property(r => r.Id).HasMaxLength(GuidLength);
        builder.Entity<IdentityRoleClaim<string>>().Property(c => c.RoleId).HasMaxLength(GuidLength);
        builder.Entity<IdentityUserRole<string>>(role =>
        {
            role.Property(r => r.RoleId).HasMaxLength(GuidLength);
            role.HasKey(r => new { r.UserId, r.RoleId }).IsClustered(false);
        });
    }

    /// <summary>Dossiers whose case worker, office, gender, municipality or obligation schedule changed: their trajectories carry copies (ADR 0004, 0008).</summary>
    private Dictionary<NewcomerId, Newcomer> ChangedParticipants() =>
        ChangeTracker.Entries<Newcomer>()
            .Where(e => e.State == EntityState.Modified
                && (e.Property(n => n.CaseWorkerId).IsModified || e.Property(n => n.OfficeId).IsModified || e.Property(n => n.Agency).IsModified
                    || e.ComplexProperty(n => n.Person).Property(p => p.Gender).IsModified
                    || e.ComplexProperty(n => n.Person).Property(p => p.Municipality).IsModified
                    || e.ComplexProperty(n => n.Obligations).Properties.Any(p => p.IsModified)))
            .ToDictionary(e => e.Entity.Id, e => e.Entity);

    private static void FollowDossiers(Dictionary<NewcomerId, Newcomer> newcomers, List<Trajectory> trajectories)
    {
        foreach (var trajectory in trajectories)
        {
            trajectory.Follow(newcomers[trajectory.NewcomerId].Participant);
        }
    }

    /// <summary>
    /// An activation code stays with the dossier's case worker: when the dossier leaves them, the codes they made are
    /// revoked, or they could still take over the newcomer's account (issue 10).
    /// </summary>
    private void RevokeCodesOfFormerCaseWorkers(Dictionary<NewcomerId, Newcomer> newcomers, List<Invitation> open)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var invitation in open.Where(i => i.CreatedById != newcomers[i.NewcomerId].CaseWorkerId))
        {
            invitation.Revoke(now);
        }
    }

    /// <summary>Reads are recorded, never rewritten: the access log is evidence (ASVS V16, GDPR art. 5(2)).</summary>
    private void RefuseAccessLogChanges()
    {
        if (ChangeTracker.Entries<AccessLogEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The access log is append-only.");
        }
    }

    /// <summary>
    /// A role or office change alters what the claims in a session cookie allow: a new security stamp ends every
    /// session of that account on its next request (<see cref="UserSession.SecurityStamp"/>), on every instance.
    /// </summary>
    private void NewStampOnAccessChange()
    {
        var userIds = ChangeTracker.Entries<IdentityUserRole<string>>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted)
            .Select(e => e.Entity.UserId)
            .Concat(ChangeTracker.Entries<AppUser>()
                .Where(e => e.State == EntityState.Modified && e.Property(u => u.OfficeId).IsModified)
                .Select(e => e.Entity.Id))
            .ToHashSet();
        foreach (var id in userIds)
        {
            if (Users.Find(id) is { } user)
            {
                user.SecurityStamp = Guid.NewGuid().ToString("N");
            }
        }
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

        foreach (var entry in ChangeTracker.Entries<Trajectory>().Where(e => e.State == EntityState.Added && e.Entity.Kind == TrajectoryKind.Integration))
        {
            entry.Property(IntegrationOf).CurrentValue = entry.Entity.NewcomerId.Value;
        }

        foreach (var entry in ChangeTracker.Entries<Newcomer>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            entry.Property(SortLastName).CurrentValue = entry.Entity.Person.LastName;
            entry.Property(SortFirstName).CurrentValue = entry.Entity.Person.FirstName;
            entry.Property(HomeMunicipality).CurrentValue = entry.Entity.Person.Municipality;
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
