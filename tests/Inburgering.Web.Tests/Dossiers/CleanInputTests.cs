using System.Net;
using System.Text;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Dossiers;

/// <summary>What a form stores is text people can read: composed, visible, validly encoded; dates that can exist.</summary>
public sealed class CleanInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Url = "/Dossiers/Register";

    private readonly DossierScenario _scenario = new(factory);

    private static Dictionary<string, string> Registration(string firstName, string lastName) => new()
    {
        ["Input.FirstName"] = firstName,
        ["Input.LastName"] = lastName,
        ["Input.BirthDate"] = DossierScenario.Iso(DossierScenario.Today.AddYears(-30)),
        ["Input.Gender"] = "Female",
        ["Input.Nationality"] = "SY",
        ["Input.Municipality"] = "Antwerpen",
        ["Input.ResidenceStatus"] = "RecognisedRefugee",
        ["Input.RegisteredOn"] = DossierScenario.Iso(DossierScenario.Today.AddDays(-20)),
        ["Input.AsylumAppliedOn"] = DossierScenario.Iso(DossierScenario.Today.AddMonths(-9)),
        ["Input.ProtectionGrantedOn"] = DossierScenario.Iso(DossierScenario.Today.AddDays(-30)),
    };

    private static string Unique() => $"Schoon{Guid.NewGuid().ToString("N")[..8]}";

    private async Task<int> CountAsync(string lastName)
    {
        using var db = factory.CreateDbContext();
        return await db.Newcomers.CountAsync(n => n.Person.LastName.Contains(lastName));
    }

    [Theory]
    [InlineData("\u200B\u200B", "onzichtbare")]
    [InlineData("Ami\u200Dna", "onzichtbare")]
    [InlineData("Amina\u0007", "onzichtbare")]
    [InlineData("\u202EanimA", "onzichtbare")]
    [InlineData("---", "letter")]
    public async Task Register_InvisibleOrLetterlessFirstName_IsRefusedNextToTheField(string firstName, string message)
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var lastName = Unique();

        var response = await client.SubmitFormAsync(Url, Registration(firstName, lastName));
        var document = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, document.QuerySelector("#Input_FirstName-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(lastName));
    }

    [Fact]
    public async Task Register_DecomposedAccent_IsStoredComposed()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var lastName = Unique();

        var response = await client.SubmitFormAsync(Url, Registration("Jose\u0301", lastName + "e\u0308"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var db = factory.CreateDbContext();
        var person = await db.Newcomers.Where(n => n.Person.LastName.StartsWith(lastName)).Select(n => new { n.Person.FirstName, n.Person.LastName }).SingleAsync();
        Assert.Equal("Jos\u00E9", person.FirstName);
        Assert.Equal(lastName + "\u00EB", person.LastName);
    }

    [Fact]
    public async Task Register_InvalidUtf8_IsRefusedWithAMessageAndNotStoredAsText()
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var lastName = Unique();
        var (_, form) = await client.GetPageAsync(Url);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var body = string.Join('&', Registration("Amina", lastName).Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"))
            .Replace("Input.FirstName=Amina", "Input.FirstName=%FF%FE", StringComparison.Ordinal)
            + "&__RequestVerificationToken=" + Uri.EscapeDataString(token);
        using var content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");

        var response = await client.Http.PostAsync(new Uri(Url, UriKind.Relative), content);
        var document = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("niet goed doorgestuurd", document.QuerySelector("#Input_FirstName-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(lastName));
    }

    [Theory]
    [InlineData("Input.RegisteredOn", "0001-01-01")]
    [InlineData("Input.BirthDate", "0001-01-01")]
    [InlineData("Input.AsylumAppliedOn", "1899-12-31")]
    public async Task Register_ImpossibleDate_IsRefusedNextToTheField(string field, string date)
    {
        using var client = await _scenario.LoginAsync(DossierScenario.Sarah);
        var lastName = Unique();
        var fields = Registration("Amina", lastName);
        fields[field] = date;

        var response = await client.SubmitFormAsync(Url, fields);
        var document = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector($"#{field.Replace('.', '_')}-error")?.TextContent));
        Assert.Equal(0, await CountAsync(lastName));
    }
}
