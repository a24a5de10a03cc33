namespace Inburgering.Data;

/// <summary>Names of mapped values the domain keeps private, for queries (<c>EF.Property</c>).</summary>
public static class PartnerOrganisationColumns
{
    /// <summary>The municipalities an organisation serves, as ";A;B;" (<see cref="Domain.Partners.PartnerOrganisation.ServedKey"/>).</summary>
    public const string Served = "_served";
}
