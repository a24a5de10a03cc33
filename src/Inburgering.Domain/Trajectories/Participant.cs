using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Rules;

namespace Inburgering.Domain.Trajectories;

/// <summary>Who a trajectory is for and who guides them, as the dossier says now.</summary>
/// <param name="Obligation">The dossier's obligation schedule; null when the caller decided the class itself (tests).</param>
/// <param name="Municipality">The municipality the newcomer lives in; null when the caller does not know it (tests).</param>
public sealed record Participant(NewcomerId NewcomerId, Gender Gender, Agency Agency, Guid OfficeId, string CaseWorkerId, ObligationSchedule? Obligation = null, string? Municipality = null);
