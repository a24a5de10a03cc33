using AngleSharp.Html.Dom;
using Inburgering.Domain.Trajectories;
using Inburgering.Tests.Shared;

namespace Inburgering.Web.Tests.Dossiers;

/// <summary>Whatever lands in a field — by typing, pasting or tampering — the answer is a page, never a server error.</summary>
public sealed class FormRobustnessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Garbage =
    [
        "",
        " ",
        "-1",
        "0001-01-01",
        "9999-12-31",
        "2026-02-30",
        "99999999999999999999999999999",
        "1e309",
        "NaN",
        "Nonsense",
        "<script>alert(1)</script>",
        "\u0000\u202E",
        new string('x', 5000),
    ];

    private readonly DossierScenario _scenario = new(factory);

    public static TheoryData<string, string?> Forms => new()
    {
        { "Register", null },
        { "Edit", null },
        { "Intake", null },
        { "Log", null },
        { "Action", null },
        { "Action", "Complete" },
        { "Action", "Cancel" },
        { "SocialOrientation", null },
        { "Dutch", null },
        { "Certificate", null },
        { "FollowUp", null },
    };

    /// <summary>A fresh dossier in the state the form needs, and the form's address.</summary>
    private async Task<string> ArrangeAsync(string form)
    {
        var dossier = await _scenario.RegisterAsync();
        if (form is "Register")
        {
            return "/Dossiers/Register";
        }

        if (form is "Edit" or "Intake")
        {
            return $"{dossier.Url}/{form}";
        }

        await _scenario.StartTrajectoryAsync(dossier);
        switch (form)
        {
            case "Action":
                return $"{dossier.Url}/Actions/{await _scenario.LogActionAsync(dossier, TrackKind.Participation, ActionType.ParticipationActivity, DossierScenario.Today.AddDays(-1), done: false, hours: 3m)}";
            case "Log":
                return $"{dossier.Url}/Actions/Log";
            case "SocialOrientation" or "Dutch":
                return $"{dossier.Url}/Exams/{form}";
            case "Certificate":
                return $"{dossier.Url}/Certificate";
            default:
                await _scenario.MeetAllConditionsAsync(dossier);
                await _scenario.ChangeTrajectoryAsync(dossier, t => t.IssueCertificate(DossierScenario.Today, DossierScenario.Today));
                return $"{dossier.Url}/FollowUp";
        }
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task AnyField_AnyValue_AnswersWithoutServerError(string form, string? handler)
    {
        var url = await ArrangeAsync(form);
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var (_, page) = await client.GetPageAsync(url);
        var formElement = (IHtmlFormElement)page.QuerySelector("main form[method=post]")!;
        var fields = formElement.Elements.Select(e => e.GetAttribute("name")).OfType<string>()
            .Where(n => n != "__RequestVerificationToken").Distinct().ToList();
        var failures = new List<string>();

        foreach (var field in fields)
        {
            foreach (var value in Garbage)
            {
                var response = await client.SubmitAsync(formElement, new Dictionary<string, string> { [field] = value }, handler, url);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{field}={value[..Math.Min(value.Length, 20)]}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.NotEmpty(fields);
        Assert.Empty(failures);
    }
}
