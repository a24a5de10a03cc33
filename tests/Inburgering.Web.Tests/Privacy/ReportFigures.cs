using System.Text.RegularExpressions;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inburgering.Web.Tests.Privacy;

/// <summary>
/// Every figure the coordinators and administrators see, read off the real pages: each report (both kinds of
/// trajectory, all agencies, as the admin) and the team overview of each demo coordinator. The portal must run with
/// <c>Reporting:SnapshotSeconds=0</c> so every read counts again.
/// </summary>
public static partial class ReportFigures
{
    private static readonly string[] Reports =
    [
        "/Reports/Trajectories", "/Reports/Trajectories?Kind=FollowUp", "/Reports/FirstActions", "/Reports/FirstActions?Kind=FollowUp",
        "/Reports/Profile", "/Reports/Durations", "/Reports/Enforcement",
    ];

    private static readonly string[] Coordinators = [DemoDataSeeder.CoordinatorEmail, "hilde.vos@inburgering.test"];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    public static async Task<Dictionary<string, string>> ReadAsync(PortalFactory factory)
    {
        var figures = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var admin = await LoginAsync(factory, DemoDataSeeder.AdminEmail))
        {
            foreach (var url in Reports)
            {
                figures[url] = await TablesAsync(admin, url);
            }
        }

        foreach (var coordinator in Coordinators)
        {
            using var client = await LoginAsync(factory, coordinator);
            figures[coordinator] = await TablesAsync(client, "/Team");
        }

        return figures;
    }

    private static async Task<PortalClient> LoginAsync(PortalFactory factory, string email)
    {
        var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.LoginOrFailAsync(email);
        return client;
    }

    private static async Task<string> TablesAsync(PortalClient client, string url)
    {
        var (response, page) = await client.GetPageAsync(url);
        response.EnsureSuccessStatusCode();
        var tables = page.QuerySelectorAll("main table").Select(t => Space().Replace(t.TextContent, " ").Trim()).ToList();
        Assert.NotEmpty(tables);
        return string.Join("\n", tables);
    }
}
