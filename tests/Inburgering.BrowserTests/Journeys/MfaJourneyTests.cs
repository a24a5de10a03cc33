using Inburgering.DemoData;
using Inburgering.Tests.Shared;
using Microsoft.Playwright;

namespace Inburgering.BrowserTests.Journeys;

/// <summary>
/// A coordinator on a portal that enforces two-step verification (as every server outside Development does): sent to
/// enrolment after the password, reads the key as a phone app would, keeps the recovery codes, and signs in again with
/// a code. Axe and screenshots at 1280, 768 and 360 px on each step.
/// </summary>
public sealed class MfaJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly int[] Widths = [1280, 768, 360];

    [Fact]
    public async Task Coordinator_EnrolsAnAuthenticator_ThenSignsInWithACode()
    {
        using var portal = new PortalFactory { Settings = { ["Security:Mfa:Enforce"] = "true" } };
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.StartRealServer().ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "nl-BE",
        });
        var page = await context.NewPageAsync();

        await page.LoginAsync(DemoDataSeeder.CoordinatorEmail);
        await page.GotoAsync("/Team");

        // Nothing but the enrolment page until a second factor is set up.
        Assert.EndsWith("/Profile/Mfa", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tweestapsverificatie", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img)).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^data:image/png;base64,"));
        await LookAtAsync(page, "mfa-enrol");
        var key = (await page.GetByTestId("shared-key").TextContentAsync())!;

        await page.Locator("input[name='Input.Code']").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen en inschakelen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-validation-error, .invalid-feedback").First).ToBeVisibleAsync();
        await LookAtAsync(page, "mfa-enrol-wrong-code");

        await page.Locator("input[name='Input.Code']").FillAsync(NextCode(portal, key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen en inschakelen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uw herstelcodes" })).ToBeVisibleAsync();
        Assert.Equal(10, await page.GetByTestId("recovery-codes").Locator("li").CountAsync());
        await LookAtAsync(page, "mfa-recovery-codes");

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await page.LoginAsync(DemoDataSeeder.CoordinatorEmail);
        Assert.EndsWith("/Account/LoginWith2fa", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await LookAtAsync(page, "mfa-second-step");

        await page.Locator("input[name='Input.Code']").FillAsync(NextCode(portal, key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.GotoAsync("/Team");
        Assert.EndsWith("/Team", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await context.CloseAsync();
    }

    /// <summary>The next 30-second step's code: the portal accepts each step once.</summary>
    private static string NextCode(PortalFactory portal, string key)
    {
        portal.Time.Offset += TimeSpan.FromSeconds(30);
        return Authenticator.CodeAt(key, portal.Time.GetUtcNow());
    }

    private static async Task LookAtAsync(IPage page, string name)
    {
        await page.AssertAccessibleAsync();
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync($"{name}-{width}");
        }

        await page.SetViewportSizeAsync(1280, 900);
    }
}
