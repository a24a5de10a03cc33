namespace Inburgering.Web.Privacy;

public static class PrivacySetup
{
    /// <summary>Retention (the daily job), erasure and the mail that tells a newcomer their account was reset.</summary>
    public static IServiceCollection AddPortalPrivacy(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section);
        services.AddScoped<Anonymiser>();
        services.AddScoped<RetentionJob>();
        services.AddHostedService<RetentionService>();
        services.AddOptions<Mail.MailOptions>().BindConfiguration(Mail.MailOptions.Section);
        services.AddSingleton<Mail.PortalMail>();
        return services;
    }
}
