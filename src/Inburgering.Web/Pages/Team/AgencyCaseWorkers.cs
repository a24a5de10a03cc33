using Inburgering.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Pages.Team;

public sealed record CaseWorkerOption(string Id, string Name, Guid OfficeId, string Office);

/// <summary>The case workers of one agency: the rows of the overview and the choices when reassigning.</summary>
public static class AgencyCaseWorkers
{
    public static async Task<IReadOnlyList<CaseWorkerOption>> ListAsync(AppDbContext db, Agency? agency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await (
                from user in db.Users
                join office in db.Offices on user.OfficeId equals office.Id
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where office.Agency == agency && role.Name == Roles.CaseWorker
                orderby user.DisplayName
                select new CaseWorkerOption(user.Id, user.DisplayName, office.Id, office.Name))
            .ToListAsync(cancellationToken);
    }
}
