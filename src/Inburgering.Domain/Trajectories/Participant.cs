using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;

namespace Inburgering.Domain.Trajectories;

/// <summary>Who a trajectory is for and who guides them, as the dossier says now.</summary>
public sealed record Participant(NewcomerId NewcomerId, Gender Gender, Agency Agency, Guid OfficeId, string CaseWorkerId);
