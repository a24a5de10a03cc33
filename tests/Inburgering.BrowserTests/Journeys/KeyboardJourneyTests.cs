using System.Text.RegularExpressions;
using Inburgering.DemoData;
using Microsoft.Playwright;

namespace Inburgering.BrowserTests.Journeys;

/// <summary>
/// The case worker's day with the keyboard only (Tab, Shift+Tab, Enter and typing): sign in, open a dossier from the
/// list, open the form to log an action, go back through the breadcrumb, open the agenda. At every key press the
/// element with the focus shows a focus ring of at least 3:1 against the colour behind it.
/// </summary>
public sealed partial class KeyboardJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly List<string> _steps = [];

    [GeneratedRegex(@"/Dossiers/[0-9a-f-]{36}$")]
    private static partial Regex DossierUrl();

    /// <summary>Presses Tab until the focused element matches, checking the focus ring at every step.</summary>
    private async Task TabToAsync(IPage page, string description, string predicate, int limit = 150)
    {
        for (var step = 0; step < limit; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            var ring = await ControlContrast.FocusedRingAsync(page);
            _steps.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ring.Element} {ring.Ratio:0.0}:1"));
            Assert.True(ring.Ratio >= ControlContrast.Minimum, $"On {page.Url} the focus is not visible enough; steps: {string.Join(" → ", _steps.TakeLast(5))}");
            if (await page.EvaluateAsync<bool>($"() => {{ const el = document.activeElement; return !!el && ({predicate}); }}"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {description} on {page.Url}");
    }

    private static string LinkNamed(string text) => $"el.tagName === 'A' && el.textContent.trim() === {System.Text.Json.JsonSerializer.Serialize(text)}";

    [Fact]
    public async Task CaseWorker_KeyboardOnly_FocusAlwaysVisible()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        // Sign in: the first Tab shows the skip link, then the fields.
        await TabToAsync(page, "the user name", "el.id === 'Input_Email'");
        await page.Keyboard.TypeAsync(DemoDataSeeder.CaseWorkerEmail);
        await TabToAsync(page, "the password", "el.id === 'Input_Password'");
        await page.Keyboard.TypeAsync("Demo-2026!");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/Caseload", StringComparison.Ordinal));

        // Mijn dossiers → the first dossier in the list.
        await TabToAsync(page, "a dossier in the list", "el.tagName === 'A' && /^\\/Dossiers\\/[0-9a-f-]{36}$/.test(el.getAttribute('href'))");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(DossierUrl());
        await Assertions.Expect(page.Locator("nav[aria-label=Kruimelpad] [aria-current=page]")).ToBeVisibleAsync();

        // The dossier → log an action; the form's fields all show their focus; cancel with the keyboard.
        await TabToAsync(page, "Actie loggen", LinkNamed("Actie loggen"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/Actions/Log", StringComparison.Ordinal));
        await TabToAsync(page, "Annuleren", LinkNamed("Annuleren"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(DossierUrl());

        // Back to the list through the breadcrumb, then the agenda from the header.
        await TabToAsync(page, "the breadcrumb", "el.closest('nav[aria-label=Kruimelpad]') && " + LinkNamed("Mijn dossiers"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/Caseload", StringComparison.Ordinal));
        await TabToAsync(page, "Mijn agenda", LinkNamed("Mijn agenda"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/Caseload/Agenda", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("header a[aria-current=page]")).ToHaveTextAsync("Mijn agenda");

        Assert.True(_steps.Count > 10, "the walk took " + _steps.Count + " steps");
    }
}
