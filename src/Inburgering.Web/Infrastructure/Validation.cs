using FluentValidation;
using Inburgering.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Infrastructure;

public static class Validation
{
    public static IServiceCollection AddValidators(this IServiceCollection services) =>
        services.AddValidatorsFromAssemblyContaining<SharedResource>();

    /// <summary>Validates the input and puts each message next to its field (keys "{prefix}.{Property}").</summary>
    public static bool IsValid<T>(this ModelStateDictionary modelState, IValidator<T> validator, T input, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(validator);
        var result = validator.Validate(input);
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}";
            if (modelState[key]?.Errors.Count is null or 0)
            {
                modelState.AddModelError(key, error.ErrorMessage);
            }
        }

        return modelState.IsValid;
    }

    /// <summary>Shows a broken domain rule as a localized message, next to a field when one is given.</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException exception, IStringLocalizer localizer, string key = "")
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(localizer);
        modelState.AddModelError(key, localizer[$"Error.{exception.Code}", [.. exception.Arguments]]);
    }
}
