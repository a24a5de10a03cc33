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

    /// <summary>How newcomers reach the office (shown on "Mijn traject" and on the activation letter).</summary>
    public string? Address { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    /// <summary>Whether newcomers living in <paramref name="municipality"/> belong to this office: the agency of the
    /// municipality, and for AgII (which works through provincial offices) the office of its province.</summary>
    public bool Serves(Municipality municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        return municipality.Agency == Agency && (Agency != Agency.AgII || Region == municipality.Province);
    }

    public void SetContact(string? address, string? phone, string? email)
    {
        Address = address;
        Phone = phone;
        Email = email;
    }
}
