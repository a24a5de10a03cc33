using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Domain.Trajectories;

namespace Inburgering.Domain.Tests.Trajectories;

internal static class Participants
{
    public static Participant For(NewcomerId id) => new(id, Gender.Female, Agency.AgII, new Guid("7f1c0000-0000-4000-8000-000000000001"), "case-worker-1");

    public static Participant New() => For(NewcomerId.New());
}
