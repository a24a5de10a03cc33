using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Inburgering.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy (deploy/nginx): the client's address, the scheme and the host come from the proxy's
/// <c>X-Forwarded-*</c> headers, but only when the request comes from an address in <c>Proxy:KnownProxies</c>
/// (or a network in <c>Proxy:KnownNetworks</c>). Without either setting the headers are ignored: anyone could send them.
/// The address is what the sign-in throttle counts and what the request log records.
/// </summary>
public static class ProxySetup
{
    public static IServiceCollection AddPortalProxy(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;

            // One proxy in front: only its own entry in X-Forwarded-For is believed, not what the client wrote before it.
            options.ForwardLimit = 1;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in List(configuration, "Proxy:KnownProxies"))
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in List(configuration, "Proxy:KnownNetworks"))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            var hosts = List(configuration, "AllowedHosts").Where(h => h != "*").ToList();
            options.AllowedHosts = hosts;
        });

        // Production only (see PortalApp): browsers keep to HTTPS for a year, subdomains included.
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return services;
    }

    /// <summary>Only with a configured proxy: with no known proxy the middleware would believe every sender.</summary>
    public static void UsePortalProxy(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (List(app.Configuration, "Proxy:KnownProxies").Any() || List(app.Configuration, "Proxy:KnownNetworks").Any())
        {
            app.UseForwardedHeaders();
        }
    }

    /// <summary>A list setting as an array (<c>Proxy__KnownProxies__0</c>) or one value separated by commas or semicolons.</summary>
    private static IEnumerable<string> List(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? string.Empty);
        return values.SelectMany(v => v.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
