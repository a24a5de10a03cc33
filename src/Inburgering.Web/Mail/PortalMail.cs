using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Inburgering.Web.Mail;

/// <summary>The SMTP server the portal sends through (<c>Mail:*</c>); without a host and sender no mail is sent.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>MailKit's <see cref="SecureSocketOptions"/> by name: <c>StartTls</c> (default), <c>SslOnConnect</c>, <c>None</c> (a local relay only).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Inburgering &lt;noreply@agency.example&gt;</c>.</summary>
    public string? From { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}

/// <summary>
/// Sends one plain-text message through SMTP (MailKit). A mail is a courtesy next to what the portal shows: when it is
/// not configured or the server refuses, the caller's work stands and a warning without the address is logged.
/// </summary>
public sealed class PortalMail(IOptions<MailOptions> options, ILogger<PortalMail> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public bool Enabled => options.Value.Enabled;

    public async Task<bool> SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return false;
        }

        try
        {
            using var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(settings.From!));
            message.To.Add(MailboxAddress.Parse(to));
            message.Subject = subject;
            message.Body = new TextPart("plain") { Text = body };

            using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
            await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's message may hold the address: only its type is logged.
            logger.LogWarning("Mail not sent ({Error})", ex.GetType().Name);
            return false;
        }
    }
}
