using System.Security.Claims;
using Inburgering.Domain.Organisation;
using Inburgering.Web.Security;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Inburgering.Web.Pages.Info;

/// <summary>
/// How one agency presents itself in the portal: its name, logo and contact details (section
/// <c>Branding:Agencies:{Agency}</c>). An agency without configuration shows its name from the resources and no logo.
/// </summary>
public sealed class AgencyBrand
{
    public string? Name { get; set; }

    /// <summary>A path under wwwroot (e.g. <c>/img/agencies/atlas.svg</c>) or an absolute https address.</summary>
    public string? LogoPath { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public string? Address { get; set; }
}

public sealed class BrandingOptions
{
    public const string Section = "Branding";

    public Dictionary<Agency, AgencyBrand> Agencies { get; init; } = [];
}

/// <summary>The brand to show: the signed-in staff member's agency, or none (the portal's own name).</summary>
public sealed class AgencyBranding(IOptionsMonitor<BrandingOptions> options, IStringLocalizer<SharedResource> localizer)
{
    public sealed record Brand(Agency Agency, string Name, string? LogoPath, AgencyBrand Contact);

    public Brand For(Agency agency)
    {
        var configured = options.CurrentValue.Agencies.GetValueOrDefault(agency) ?? new AgencyBrand();
        return new Brand(agency, configured.Name ?? localizer[$"Agency.{agency}"], configured.LogoPath, configured);
    }

    public Brand? For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Agency() is { } agency ? For(agency) : null;
    }

    public IEnumerable<Brand> All => Enum.GetValues<Agency>().Select(For);
}
