using System.Globalization;
using FluentValidation.Resources;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Localization;

/// <summary>
/// FluentValidation's default messages in the portal's own voice, from the resources (<c>Validation.{Validator}</c>,
/// e.g. "Interne notities mag hoogstens 2000 tekens lang zijn."), in the user's language; FluentValidation's own
/// text ("De lengte van 'Interne notities' moet ...") only for a validator the resources do not know.
/// </summary>
public sealed class PortalLanguageManager(IStringLocalizer localizer, ILanguageManager fallback) : ILanguageManager
{
    public ILanguageManager Fallback => fallback;

    public bool Enabled { get; set; } = true;

    public CultureInfo? Culture { get; set; }

    public string GetString(string key, CultureInfo? culture = null)
    {
        var text = localizer[$"Validation.{key}"];
        return text.ResourceNotFound ? fallback.GetString(key, culture) : text.Value;
    }
}
