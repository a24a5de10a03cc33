using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Inburgering.Web.Tests.Account;

/// <summary>Who the provider says is signing in (the test sets it before each sign-in).</summary>
public sealed record ProviderUser(string Subject, string Email, string? Role, string? Agency = null);

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on 127.0.0.1: discovery, keys, authorization code flow with PKCE and
/// signed ID tokens. Its login step is automatic — it signs in whoever <see cref="User"/> names.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "inburgering-portal";
    public const string ClientSecret = "test-secret-of-the-portal";

    private readonly WebApplication _app;
    private readonly string _databaseFile;

    private TestIdentityProvider(WebApplication app, string databaseFile)
    {
        _app = app;
        _databaseFile = databaseFile;
    }

    public ProviderUser? User { get; set; }

    public Uri Authority { get; private set; } = null!;

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var file = Path.Combine(Path.GetTempPath(), $"inburgering-idp-{Guid.NewGuid():N}.db");
        builder.Services.AddDbContext<ProviderDb>(options => options.UseSqlite($"Data Source={file}").UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
                options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        var provider = new TestIdentityProvider(app, file);
        app.MapGet("connect/authorize", (HttpContext context) => provider.Authorize(context));
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
        }

        await app.StartAsync();
        provider.Authority = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return provider;
    }

    /// <summary>Registers the portal as a confidential client with its callback address.</summary>
    public async Task RegisterPortalAsync(Uri portal)
    {
        using var scope = _app.Services.CreateScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri(portal, "signin-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Email, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var user = User ?? throw new InvalidOperationException("The test named no user.");
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Subject));
        identity.AddClaim(new Claim(Claims.Email, user.Email));
        identity.AddClaim(new Claim(Claims.Name, user.Email));
        if (user.Role is { } role)
        {
            identity.AddClaim(new Claim(Claims.Role, role));
        }

        if (user.Agency is { } agency)
        {
            identity.AddClaim(new Claim("agency", agency));
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databaseFile, $"{_databaseFile}-wal", $"{_databaseFile}-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    internal sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
}
