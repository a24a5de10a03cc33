using System.Net;
using Inburgering.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Web.Tests.Newcomers;

/// <summary>A password reset with an activation code is also told by e-mail, in the newcomer's language, through real SMTP.</summary>
public sealed class ResetMailTests : IDisposable
{
    private readonly SmtpSink _smtp = new();
    private readonly PortalFactory _factory = new();

    public ResetMailTests()
    {
        _factory.Settings["Mail:Host"] = "127.0.0.1";
        _factory.Settings["Mail:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _factory.Settings["Mail:Security"] = "None";
        _factory.Settings["Mail:From"] = "Inburgering <noreply@inburgering.test>";
    }

    public void Dispose()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }

    [Theory]
    [InlineData("fr", "Votre compte sur le portail d’intégration a reçu un nouveau mot de passe", "un nouveau mot de passe")]
    [InlineData("ar", "حصل حسابك على بوابة الاندماج على كلمة مرور جديدة", "كلمة مرور جديدة")]
    public async Task Reset_NewcomerWithAnAddress_GetsAMailInTheirLanguageWithoutTheRegisterNumber(string culture, string subject, string inBody)
    {
        var dossier = await NewcomerPortal.DossierOfAsync(_factory, "Haddad", "Amina");
        string email, registerNumber;
        using (var db = _factory.CreateDbContext())
        {
            var person = (await db.Newcomers.AsNoTracking().SingleAsync(n => n.Id == dossier)).Person;
            email = person.Email!;
            registerNumber = person.NationalRegisterNumber!.Digits;
        }

        var code = await NewcomerPortal.InviteAsync(_factory, dossier);
        using var phone = NewcomerPortal.NewClient(_factory);
        await phone.Http.GetAsync(new Uri($"/Language?culture={culture}", UriKind.Relative));

        var activated = await NewcomerPortal.ActivateAsync(phone, code, "amina.haddad", "een nieuw lang wachtwoord");
        var messages = await _smtp.MessagesAsync();

        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        var message = Assert.Single(messages);
        Assert.Equal([email], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(subject, message.Subject);
        Assert.Contains(inBody, message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Atlas", message.TextBody, StringComparison.Ordinal);
        var raw = message.ToString();
        Assert.DoesNotContain(registerNumber, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(registerNumber[..6], message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_MailServerDown_StillResetsAndSendsNothing()
    {
        _smtp.Dispose();
        var dossier = await NewcomerPortal.DossierOfAsync(_factory, "Haddad", "Amina");
        var code = await NewcomerPortal.InviteAsync(_factory, dossier);
        using var phone = NewcomerPortal.NewClient(_factory);

        var activated = await NewcomerPortal.ActivateAsync(phone, code, "amina.haddad", "een nieuw lang wachtwoord");
        var (_, page) = await phone.GetPageAsync("/MyTrajectory");

        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.NotNull(page.QuerySelector("#password-reset-notice"));
        Assert.Contains(_factory.LogEvents.Events, e => e.MessageTemplate.Text.StartsWith("Mail not sent", StringComparison.Ordinal));
    }
}
