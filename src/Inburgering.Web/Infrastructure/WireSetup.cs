using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Inburgering.Web.Infrastructure;

/// <summary>
/// Bytes on the wire: pages and CSV compressed as they are sent (fastest level: the 2-core server's time matters more
/// than the last percent); static assets come precompressed and fingerprinted from <c>MapStaticAssets</c>.
/// Compressing over HTTPS is safe here against BREACH-style guessing: the session cookie is SameSite=Lax, so a
/// cross-site page cannot make the signed-in browser fetch pages it can measure, and antiforgery tokens differ per
/// response (ADR 0006).
/// </summary>
public static class WireSetup
{
    public static IServiceCollection AddPortalCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("text/csv");
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }
}
