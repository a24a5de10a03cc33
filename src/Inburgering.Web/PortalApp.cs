using System.Globalization;
using System.Resources;
using Inburgering.DemoData;
using Inburgering.Web.Data;
using Inburgering.Web.Identity;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Localization;
using Inburgering.Web.Privacy;
using Inburgering.Web.Reporting;
using Inburgering.Web.Security;
using Inburgering.Web.Security.Mfa;
using Inburgering.Web.Security.Oidc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

[assembly: NeutralResourcesLanguage("nl")]

namespace Inburgering.Web;

/// <summary>Composes the portal: services, then the request pipeline.</summary>
public static class PortalApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // The response does not advertise the server software.
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.Services.AddPortalLogging();
        AddServices(builder.Services);
        OidcSettings.AddTo(builder.Services, builder.Configuration);
        builder.Services.AddPortalTelemetry(builder.Configuration);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void AddServices(IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<SessionLifetimes>().BindConfiguration(SessionLifetimes.Section);
        services.AddOptions<Pages.Info.BrandingOptions>().BindConfiguration(Pages.Info.BrandingOptions.Section);
        services.AddSingleton<Pages.Info.AgencyBranding>();
        services.AddScoped<PortalSessions>();
        services.AddSingleton<RecentSessionChecks>();
        services.AddSingleton<StampChanges>();
        services.ConfigureDbContext<AppDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<StampChanges>()));
        services.AddHttpContextAccessor();
        services.AddScoped<IActor, HttpContextActor>();
        services.AddPortalDatabase();
        services.AddFigureSnapshots();
        ReportingDatabase.AddReportingDatabase(services);
        services.AddHostedService<DatabaseInitializer>();
        services.AddHostedService<WarmUp>();
        services.AddPortalPrivacy();
        services.AddScoped<DemoDataSeeder>();
        services.AddDataProtection().SetApplicationName("Inburgering");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
            {
                options.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<IServiceScopeFactory>());
                if (KeyRingEncryption.Key(provider.GetRequiredService<IConfiguration>()) is { } key)
                {
                    options.XmlEncryptor = new KeyRingEncryption.Encryptor(key);
                }
            }));
        services.AddPortalProxy();

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // NIST SP 800-63B: length over composition rules.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                // Newcomers may have no e-mail address: they log in with a user name they choose at activation.
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ReplayProtectedAuthenticator>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddOptions<MfaOptions>().BindConfiguration(MfaOptions.Section)
            .PostConfigure<IHostEnvironment>((options, environment) => options.Enforce |= !environment.IsDevelopment());
        services.AddScoped<StaffFactors>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Inburgering.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            // The cookie outlives no session: the session row in the database decides (idle and absolute limits).
            options.ExpireTimeSpan = new SessionLifetimes().NewcomerLifetime;
            options.SlidingExpiration = false;
            options.Events.OnSigningIn = context =>
                context.HttpContext.RequestServices.GetRequiredService<PortalSessions>().StartAsync(context.Principal!, context.HttpContext.RequestAborted);

            // Replaces Identity's 30-minute security stamp check: the session check compares the stamp on every request.
            options.Events.OnValidatePrincipal = context =>
                context.HttpContext.RequestServices.GetRequiredService<PortalSessions>().ValidateAsync(context);

            // A signed-in user without the right role gets 403 and the error page, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "Inburgering.Antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Every policy but the enrolment page's holds a user who still has to enrol a second factor.
        var mfa = new MfaSatisfiedRequirement();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(mfa).Build())
            .AddPolicy(Policies.CaseWorker, p => p.RequireRole(Roles.CaseWorker).AddRequirements(mfa))
            .AddPolicy(Policies.Coordinator, p => p.RequireRole(Roles.Coordinator).AddRequirements(mfa))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.CaseWorker, Roles.Coordinator).AddRequirements(mfa))
            .AddPolicy(Policies.Newcomer, p => p.RequireRole(Roles.Newcomer).AddRequirements(mfa))
            .AddPolicy(Policies.Reports, p => p.RequireRole(Roles.Coordinator, Roles.Admin).AddRequirements(mfa))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin).AddRequirements(mfa))
            .AddPolicy(Policies.StaffEnrolment, p => p.RequireRole(Roles.CaseWorker, Roles.Coordinator, Roles.Admin))
            .AddPolicy(Policies.Partner, p => p.RequireRole(Roles.Partner).AddRequirements(mfa))
            .AddPolicy(Policies.LocalGovernment, p => p.RequireRole(Roles.LocalGovernment).AddRequirements(mfa))
            .AddPolicy(Policies.Network, p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.LocalGovernment).AddRequirements(mfa));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, MfaEnrolmentRedirect>();

        services.AddPortalLocalization();
        services.AddFormPipeline();
        services.AddRazorPages(options =>
            {
                options.Conventions.AllowAnonymousToFolder("/Account");
                options.Conventions.AllowAnonymousToFolder("/Info");
                options.Conventions.AuthorizeFolder("/Caseload", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Dossiers", Policies.Staff);
                options.Conventions.AuthorizePage("/Dossiers/Register", Policies.CaseWorker);
                options.Conventions.AuthorizePage("/Dossiers/Edit", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/DossierIntake", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Actions", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Exams", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Certificate", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/FollowUp", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Invitations", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Reporting", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Situation", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Closing", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Plan", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Enforcement", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Fees", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Team", Policies.Coordinator);
                options.Conventions.AuthorizePage("/Transfers/Index", Policies.Coordinator);
                options.Conventions.AuthorizePage("/Transfers/Decide", Policies.Coordinator);
                options.Conventions.AuthorizePage("/Transfers/Request", Policies.Staff);
                options.Conventions.AuthorizeFolder("/MyTrajectory", Policies.Newcomer);
                options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
                options.Conventions.AuthorizePage("/Profile/Mfa", Policies.StaffEnrolment);
                options.Conventions.AuthorizeFolder("/Reports", Policies.Reports);
                options.Conventions.AuthorizeFolder("/Referrals", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Partners", Policies.Partner);
                options.Conventions.AuthorizeFolder("/Municipality", Policies.LocalGovernment);
                options.Conventions.AuthorizeFolder("/Network", Policies.Network);
            })
            .AddMvcOptions(options =>
            {
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                options.Filters.Add(new ResetUnreadableCheckboxesFilter());
            });

        services.AddPortalCompression();
        services.AddPortalHealthChecks();
        services.AddScoped<SignInThrottle>();
        services.AddScoped<QuietSignIn>();
    }

    private static void UsePipeline(WebApplication app)
    {
        LocalizationSetup.UseLocalizedFieldNames(app.Services.GetRequiredService<IStringLocalizer<SharedResource>>());

        app.UsePortalProxy();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
            if (KeyRingEncryption.Key(app.Configuration) is null)
            {
                app.Logger.LogWarning("{Setting} is not set: the data protection key ring is stored unencrypted in the database", KeyRingEncryption.Setting);
            }
        }
        else
        {
            app.UseDeveloperExceptionPage();
            if (!app.Services.GetRequiredService<IOptions<MfaOptions>>().Value.Enforce)
            {
                app.Logger.LogWarning("MFA is not enforced for coordinators and administrators ({Setting}=false, honoured in Development only)", $"{MfaOptions.Section}:Enforce");
            }
        }

        app.UseResponseCompression();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseFormEncodingCheck();
        app.UsePortalRequestLogging();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRequestLocalization();
        app.UseAuthorization();

        app.MapPortalHealthChecks();
        app.MapPortalMetrics();
        // Static assets: precompressed, fingerprinted, cached for a year; public like the login page.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        CultureInfo.DefaultThreadCurrentCulture ??= CultureInfo.GetCultureInfo(Cultures.Default);
    }
}
