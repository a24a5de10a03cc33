using System.Globalization;
using System.Resources;
using Inburgering.DemoData;
using Inburgering.Web.Data;
using Inburgering.Web.Identity;
using Inburgering.Web.Infrastructure;
using Inburgering.Web.Localization;
using Inburgering.Web.Security;
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
        builder.Services.AddPortalLogging();
        AddServices(builder.Services);
        builder.Services.AddPortalTelemetry(builder.Configuration);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void AddServices(IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<IActor, HttpContextActor>();
        services.AddPortalDatabase();
        services.AddHostedService<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddDataProtection().SetApplicationName("Inburgering");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<IServiceScopeFactory>())));

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
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Inburgering.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;

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

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.CaseWorker, p => p.RequireRole(Roles.CaseWorker))
            .AddPolicy(Policies.Coordinator, p => p.RequireRole(Roles.Coordinator))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.CaseWorker, Roles.Coordinator))
            .AddPolicy(Policies.Newcomer, p => p.RequireRole(Roles.Newcomer))
            .AddPolicy(Policies.Reports, p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));

        services.AddPortalLocalization();
        services.AddFormPipeline();
        services.AddRazorPages(options =>
            {
                options.Conventions.AllowAnonymousToFolder("/Account");
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
                options.Conventions.AuthorizeFolder("/Enforcement", Policies.CaseWorker);
                options.Conventions.AuthorizeFolder("/Team", Policies.Coordinator);
                options.Conventions.AuthorizeFolder("/MyTrajectory", Policies.Newcomer);
                options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
                options.Conventions.AuthorizeFolder("/Reports", Policies.Reports);
            })
            .AddMvcOptions(options =>
            {
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                options.Filters.Add(new ResetUnreadableCheckboxesFilter());
            });

        services.AddPortalHealthChecks();
        services.AddSignInRateLimit();
    }

    private static void UsePipeline(WebApplication app)
    {
        LocalizationSetup.UseLocalizedFieldNames(app.Services.GetRequiredService<IStringLocalizer<SharedResource>>());

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }
        else
        {
            app.UseDeveloperExceptionPage();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UsePortalRequestLogging();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapPortalHealthChecks();
        app.MapPortalMetrics();
        app.MapRazorPages();
        CultureInfo.DefaultThreadCurrentCulture ??= CultureInfo.GetCultureInfo(Cultures.Default);
    }
}
