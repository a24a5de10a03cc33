namespace Inburgering.Domain.Organisation;

/// <summary>An office of an agency, in one region; staff and newcomers belong to one.</summary>
public sealed class Office
{
    public Office(Guid id, Agency agency, string name, string region)
    {
        Id = id;
        Agency = agency;
        Name = name;
        Region = region;
    }

    public Guid Id { get; private set; }

    public Agency Agency { get; private set; }

    public string Name { get; private set; }

    public string Region { get; private set; }
}
