using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Localization;

public static class LocalizationSetup
{
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, CachedStringLocalizerFactory>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures.Default);
            options.SupportedCultures = [.. Cultures.Supported];
            options.SupportedUICultures = [.. Cultures.Supported];

            // Staff work in Dutch. Newcomers choose their language (the switcher sets a cookie); no browser guess.
            options.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context => Task.FromResult(
                    context.User.Identity?.IsAuthenticated == true && !context.User.IsInRole(Roles.Newcomer)
                        ? new ProviderCultureResult(Cultures.Default)
                        : null)),
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });

        // Model binding messages (e.g. a date that is not a date) in the user's language.
        services.AddOptions<MvcOptions>().Configure<IStringLocalizer<SharedResource>>((options, localizer) =>
        {
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => localizer["Validation.ValueInvalid", value]);
            messages.SetValueIsInvalidAccessor(value => localizer["Validation.ValueInvalid", value]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["Validation.ValueInvalid", value]);
            messages.SetUnknownValueIsInvalidAccessor(field => localizer["Validation.UnknownValueInvalid"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["Validation.UnknownValueInvalid"]);
            messages.SetValueMustBeANumberAccessor(field => localizer["Validation.MustBeNumber"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["Validation.MustBeNumber"]);
            messages.SetValueMustNotBeNullAccessor(value => localizer["Validation.Required"]);
            messages.SetMissingBindRequiredValueAccessor(field => localizer["Validation.Required"]);
            messages.SetMissingKeyOrValueAccessor(() => localizer["Validation.Required"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["Validation.Required"]);
        });
        return services;
    }

    /// <summary>FluentValidation names fields by their label in the resources (Field.{Property}).</summary>
    public static void UseLocalizedFieldNames(IStringLocalizer localizer)
    {
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
        {
            if (member is null)
            {
                return null;
            }

            var label = localizer[$"Field.{member.Name}"];
            return label.ResourceNotFound ? null : label.Value;
        };
        ValidatorOptions.Global.LanguageManager.Enabled = true;
        var fluentValidationOwn = ValidatorOptions.Global.LanguageManager is PortalLanguageManager portal ? portal.Fallback : ValidatorOptions.Global.LanguageManager;
        ValidatorOptions.Global.LanguageManager = new PortalLanguageManager(localizer, fluentValidationOwn);
    }

    public static string CultureCookieValue(string culture) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.GetCultureInfo(culture)));
}
