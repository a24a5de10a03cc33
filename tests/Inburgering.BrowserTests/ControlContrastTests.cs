using Microsoft.Playwright;

namespace Inburgering.BrowserTests;

/// <summary>The non-text contrast check catches the faults it claims to catch: it is fed each one.</summary>
public sealed class ControlContrastTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>The login page; the faults are injected as styles, which the portal's CSP would block, so it is bypassed here.</summary>
    private async Task<IPage> LoginPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "nl-BE",
            BypassCSP = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        return page;
    }

    [Fact]
    public async Task LoginPage_AsShipped_HasNoProblems()
    {
        var page = await LoginPageAsync();

        var problems = (await ControlContrast.BorderProblemsAsync(page))
            .Concat(await ControlContrast.FocusProblemsAsync(page))
            .Concat(await ControlContrast.SmallTextProblemsAsync(page));

        Assert.Empty(problems);
    }

    [Fact]
    public async Task FaintFieldBorder_IsReportedWithTheFieldAndItsRatio()
    {
        var page = await LoginPageAsync();
        await page.AddStyleTagAsync(new() { Content = "#Input_Email { border-color: #dee2e6 !important; }" });

        var problems = await ControlContrast.BorderProblemsAsync(page);

        var problem = Assert.Single(problems);
        Assert.True(problem.StartsWith("input#Input_Email", StringComparison.Ordinal) && problem.Contains("border 1.3", StringComparison.Ordinal), problem);
    }

    [Fact]
    public async Task FaintCheckbox_IsReported()
    {
        var page = await LoginPageAsync();
        await page.EvaluateAsync("() => document.querySelector('main form').insertAdjacentHTML('beforeend', '<input type=checkbox id=faint class=form-check-input style=\"--bs-border-color:#ccc\">')");

        var problems = await ControlContrast.BorderProblemsAsync(page);

        Assert.Contains(problems, p => p.StartsWith("input#faint[type=checkbox]: border 1.6", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FocusWithoutRing_OrWithBootstrapsGlow_IsReported()
    {
        var page = await LoginPageAsync();
        await page.AddStyleTagAsync(new() { Content = "#Input_Email:focus { outline: none !important; box-shadow: none !important; } #Input_Password:focus { outline: none !important; box-shadow: 0 0 0 .25rem rgba(13,110,253,.25) !important; }" });

        var problems = await ControlContrast.FocusProblemsAsync(page);

        Assert.True(problems.Any(p => p.StartsWith("input#Input_Email", StringComparison.Ordinal) && p.EndsWith("no visible focus ring", StringComparison.Ordinal)), string.Join(" | ", problems));
        Assert.True(problems.Any(p => p.StartsWith("input#Input_Password", StringComparison.Ordinal) && p.Contains("focus ring 1.", StringComparison.Ordinal)), string.Join(" | ", problems));
    }

    [Fact]
    public async Task TwelvePixelStatusText_IsReported()
    {
        var page = await LoginPageAsync();
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('afterbegin', '<span class=badge style=\"font-size:12px;color:#000\">Te laat</span>')");

        var problems = await ControlContrast.SmallTextProblemsAsync(page);

        Assert.Contains(problems, p => p.Contains("\"Te laat\": 12px", StringComparison.Ordinal));
    }
}
