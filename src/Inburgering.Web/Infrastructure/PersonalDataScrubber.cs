using System.Diagnostics;
using OpenTelemetry;

namespace Inburgering.Web.Infrastructure;

/// <summary>
/// Removes span attributes that can carry personal data before any exporter sees the span. The ASP.NET Core
/// instrumentation redacts query values but keeps the keys; the EF Core instrumentation records parameter
/// values when an experimental environment variable is set, and its option to forbid that is not public.
/// </summary>
public sealed class PersonalDataScrubber : BaseProcessor<Activity>
{
    private const string QueryString = "url.query";

    private const string ParameterPrefix = "db.query.parameter.";

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var scrubbed = data.TagObjects
            .Select(tag => tag.Key)
            .Where(key => key == QueryString || key.StartsWith(ParameterPrefix, StringComparison.Ordinal))
            .ToList();
        foreach (var key in scrubbed)
        {
            data.SetTag(key, null);
        }
    }
}
