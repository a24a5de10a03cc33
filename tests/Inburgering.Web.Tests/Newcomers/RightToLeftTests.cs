using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Inburgering.DemoData;
using Inburgering.Tests.Shared;

namespace Inburgering.Web.Tests.Newcomers;

/// <summary>
/// In Arabic (right to left) a date, an hour count, a phone number or a Latin-script name must keep its own reading
/// order: each sits in its own <c>&lt;bdi&gt;</c> instead of sharing a text run with the Arabic around it.
/// </summary>
public sealed partial class RightToLeftTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex Arabic();

    // A value that comes from data and reorders in a right-to-left line: a date, a phone number, an e-mail address, a
    // decimal number or a time. A plain whole number in a translation ("40 ساعة") reads the same either way.
    [GeneratedRegex(@"\d{1,2} \p{IsArabic}+ \d{4}|\+?\d[\d /.-]{6,}\d|[^\s@]+@[^\s@]+|\d+[.,]\d+|\d{1,2}:\d{2}")]
    private static partial Regex NumberOrAddress();

    // Text isolated inside plain text: U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE.
    [GeneratedRegex("\u2068[^\u2069]*\u2069")]
    private static partial Regex Isolates();

    private static IEnumerable<string> MixedRuns(IElement root) =>
        root.Descendants<IText>()
            .Select(t => (Node: t, Open: Isolates().Replace(t.Data, string.Empty)))
            .Where(t => Arabic().IsMatch(t.Open) && NumberOrAddress().IsMatch(t.Open))
            .Select(t => t.Node)
            .Where(t => t.ParentElement?.Closest("bdi, [dir]") is null or IHtmlHtmlElement)
            .Select(t => $"{t.ParentElement?.LocalName}.{t.ParentElement?.ClassName}: {t.Data.Trim()}");

    [Theory]
    [InlineData("/MyTrajectory")]
    [InlineData("/Profile")]
    public async Task ArabicPage_NoNumberSharesATextRunWithArabic(string url)
    {
        using var client = NewcomerPortal.NewClient(factory);
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);
        await client.Http.GetAsync(new Uri($"/Language?culture=ar&returnUrl=%2F", UriKind.Relative));

        var (_, page) = await client.GetPageAsync(url);

        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var main = page.QuerySelector("main")!;
        Assert.NotEmpty(main.QuerySelectorAll("bdi"));
        var mixed = MixedRuns(page.Body!).ToList();
        Assert.True(mixed.Count == 0, "Not isolated: " + string.Join(" | ", mixed));
    }

    [Fact]
    public async Task ArabicMyTrajectory_ThePhoneNumberAndTheDatesAreIsolated()
    {
        using var client = NewcomerPortal.NewClient(factory);
        await client.LoginOrFailAsync(DemoDataSeeder.NewcomerEmail);
        await client.Http.GetAsync(new Uri($"/Language?culture=ar&returnUrl=%2F", UriKind.Relative));

        var (_, page) = await client.GetPageAsync("/MyTrajectory");

        var isolated = page.QuerySelectorAll("main bdi").Select(b => b.TextContent).ToList();
        Assert.Contains(isolated, t => Regex.IsMatch(t, @"^\+?[\d ]{6,}$"));
        Assert.Contains(isolated, t => Regex.IsMatch(t, @"^\d{1,2} \p{IsArabic}+ \d{4}$"));
    }
}
