using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Inburgering.Data.Audit;
using Inburgering.DemoData;
using Inburgering.Domain.Newcomers;
using Inburgering.Domain.Organisation;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Web.Tests.Newcomers;

/// <summary>
/// "Mijn gegevens" reads as a page for a person (GDPR art. 12): no field names from the database, no enum names, no ISO
/// dates and no Identity internals; every read is recorded.
/// </summary>
public sealed partial class OwnDataPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>The entity types the page's records come from.</summary>
    private static readonly string[] Sources =
    [
        "Newcomer", "AppUser", "Office", "Trajectory", "FollowUpAction", "SocialOrientationTestResult", "DutchExamResult",
        "Invitation", "DossierEvent", "Referral", "ReferralStep", "EnforcementNotice", "PartnerOrganisation", "Offer",
    ];

    /// <summary>CLR names that are also ordinary Dutch words, so a Dutch label may use them.</summary>
    private static readonly HashSet<string> DutchWords = new(StringComparer.Ordinal) { "Type", "Status", "Partner", "Kind", "Mode", "Route", "Open", "Intake" };

    /// <summary>
    /// Enum values written the same way in every language: names of organisations, the CEFR levels and the legal gender "X".
    /// </summary>
    private static readonly HashSet<string> ProperNames = new(StringComparer.Ordinal)
    {
        nameof(Agency.Atlas), nameof(Agency.AgII), nameof(Agency.Amal), nameof(Agency.Bon), nameof(Domain.Trajectories.Partner.Actiris),
        nameof(Domain.Trajectories.CefrLevel.A1), nameof(Domain.Trajectories.CefrLevel.A2), nameof(Domain.Trajectories.CefrLevel.B1), nameof(Domain.Trajectories.CefrLevel.B2),
        nameof(Gender.X),
    };

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    /// <summary>Every property (and complex property) name of the source entity types, and the names of their enum values.</summary>
    private HashSet<string> InternalNames()
    {
        using var db = factory.CreateDbContext();
        var types = db.Model.GetEntityTypes().Where(e => Sources.Contains(e.ClrType.Name)).ToList();
        Assert.Equal(Sources.Length, types.Select(t => t.ClrType.Name).Distinct().Count());
        var properties = types.SelectMany(e => e.GetProperties().Cast<Microsoft.EntityFrameworkCore.Metadata.IReadOnlyProperty>()
            .Concat(e.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties()))).ToList();
        var names = properties.Select(p => p.Name)
            .Concat(types.SelectMany(e => e.GetComplexProperties().Select(c => c.Name)))
            .Concat(properties.Select(p => Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).Where(t => t.IsEnum).SelectMany(Enum.GetNames));
        return [.. names.Where(n => !DutchWords.Contains(n) && !ProperNames.Contains(n))];
    }

    /// <summary>The internal names a page shows: in its text (visually hidden text included) or in labels a screen reader reads.</summary>
    private static List<string> Leaks(IDocument page, IReadOnlySet<string> names)
    {
        var main = page.QuerySelector("main")!;
        var read = main.QuerySelectorAll("[aria-label],[title],[alt],[placeholder]")
            .SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("title"), e.GetAttribute("alt"), e.GetAttribute("placeholder") });
        // Text node by text node: TextContent glues adjacent elements' words together ("…NummerSecurityStamp").
        var text = string.Join(" ", read.Concat(main.Descendants<IText>().Select(t => t.Data)));
        return [.. Word().Matches(text).Select(m => m.Value).Where(names.Contains).Distinct()];
    }

    private async Task<IDocument> OwnDataPageAsync(string culture = "nl")
    {
        using var client = NewcomerPortal.NewClient(factory);
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);
        await client.Http.GetAsync(new Uri($"/Language?culture={culture}&returnUrl=%2FMyTrajectory", UriKind.Relative));
        var (response, page) = await client.GetPageAsync("/MyTrajectory/Data");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("ar")]
    public async Task OwnData_ShowsNoInternalFieldOrEnumName(string culture)
    {
        var names = InternalNames();

        var page = await OwnDataPageAsync(culture);

        Assert.Empty(Leaks(page, names));
    }

    [Fact]
    public async Task LeakCheck_FindsAFieldNameOrAnEnumNameFedIntoThePage()
    {
        var names = InternalNames();
        var page = await OwnDataPageAsync();
        var main = page.QuerySelector("main")!;
        var label = page.CreateElement("dt");
        label.TextContent = "NationalRegisterNumber";
        var hidden = page.CreateElement("span");
        hidden.ClassName = "visually-hidden";
        hidden.TextContent = "SecurityStamp";
        var value = page.CreateElement("dd");
        value.TextContent = "ParticipationActivity";
        main.Append(label, hidden, value);

        var leaks = Leaks(page, names);

        Assert.Equal(["NationalRegisterNumber", "SecurityStamp", "ParticipationActivity"], leaks);
    }

    [Fact]
    public async Task OwnData_FormatsDatesAndNumbersForTheReaderAndHoldsNoIdentityInternals()
    {
        using var db = factory.CreateDbContext();
        var amina = await db.Newcomers.SingleAsync(n => n.Person.Email == DemoDataSeeder.NewcomerEmail);
        var user = await db.Users.SingleAsync(u => u.NewcomerId == amina.Id);

        var page = await OwnDataPageAsync();
        var html = page.QuerySelector("main")!.OuterHtml;
        var text = page.QuerySelector("main")!.TextContent;

        Assert.DoesNotMatch(IsoDate(), text);
        Assert.Contains(amina.Person.BirthDate.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl")), text, StringComparison.Ordinal);
        Assert.Contains(amina.Person.NationalRegisterNumber!.Formatted, text, StringComparison.Ordinal);
        foreach (var secret in new[] { user.SecurityStamp, user.ConcurrencyStamp, user.PasswordHash, user.NormalizedUserName, user.Id })
        {
            Assert.DoesNotContain(secret!, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OwnData_SaysWhoTheDataWasSharedWithWhyAndWhatAndHowToCorrectIt()
    {
        using var db = factory.CreateDbContext();
        var amina = await db.Newcomers.SingleAsync(n => n.Person.Email == DemoDataSeeder.NewcomerEmail);
        var office = await db.Offices.SingleAsync(o => o.Id == amina.OfficeId);
        var referral = await db.Referrals.Where(r => r.NewcomerId == amina.Id).OrderBy(r => r.SentOn).FirstAsync();
        var organisation = await db.Organisations.Where(o => o.Id == referral.OrganisationId).Select(o => o.Name).SingleAsync();

        var page = await OwnDataPageAsync();

        var shared = page.QuerySelector("[data-section=shared]")!.TextContent;
        Assert.Contains(organisation, shared, StringComparison.Ordinal);
        Assert.Contains("Zodat " + organisation + " je kan inschrijven", shared, StringComparison.Ordinal);
        Assert.Contains("Wat we deelden", shared, StringComparison.Ordinal);
        Assert.Contains("Huis van het Nederlands", shared, StringComparison.Ordinal);
        Assert.Contains($"tot {factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Web.Privacy.RetentionOptions>>().Value.ClosedTrajectoryYears} jaar", page.QuerySelector("#retention-trajectory")!.TextContent, StringComparison.Ordinal);
        var contact = page.QuerySelector("[data-testid=correction-contact]")!.TextContent;
        Assert.Contains(office.Name, contact, StringComparison.Ordinal);
        Assert.Contains(office.Phone!, contact, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnData_EveryReadIsRecorded()
    {
        using var db = factory.CreateDbContext();
        var amina = await db.Newcomers.Where(n => n.Person.Email == DemoDataSeeder.NewcomerEmail).Select(n => n.Id).SingleAsync();
        var before = await db.AccessLog.CountAsync(e => e.NewcomerId == amina && e.Kind == AccessKind.PersonalData && e.Purpose == AccessPurpose.OwnData);

        await OwnDataPageAsync();
        await OwnDataPageAsync();

        Assert.Equal(before + 2, await db.AccessLog.CountAsync(e => e.NewcomerId == amina && e.Kind == AccessKind.PersonalData && e.Purpose == AccessPurpose.OwnData));
    }
}
