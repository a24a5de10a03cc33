using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Infrastructure;

/// <summary>
/// Validates every posted <c>[BindProperty]</c> input that has a validator, before the handler runs: each message
/// goes next to its field ("Input.Date"), the first one per field only. When anything is invalid (a validator or
/// model binding), the handler is skipped and the form is shown again, so no handler repeats the check. Texts and
/// dates are cleaned first (<see cref="InputCleaning"/>).
/// </summary>
public sealed class ValidationFilter(IStringLocalizer<SharedResource> localizer, TimeProvider time) : IAsyncPageFilter
{
    /// <summary>
    /// An unanswered question says what to do in the form's own words ("Kies het geslacht", resource
    /// <c>Required.{Input}.{Property}</c> when one form asks it differently, else <c>Required.{Property}</c>), never
    /// FluentValidation's "'Geslacht' mag niet leeg zijn".
    /// </summary>
    public string Message(Type input, FluentValidation.Results.ValidationFailure error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.ErrorCode is "NotNullValidator" or "NotEmptyValidator")
        {
            foreach (var key in RequiredKeys(input, error.PropertyName))
            {
                var required = localizer[key];
                if (!required.ResourceNotFound)
                {
                    return required.Value;
                }
            }
        }

        return error.ErrorMessage;
    }

    /// <summary>Where the plain message for an unanswered field is, most specific first ("Address.Street" → "Required.Street").</summary>
    public static IEnumerable<string> RequiredKeys(Type input, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(propertyName);
        var member = propertyName[(propertyName.LastIndexOf('.') + 1)..];
        return [$"Required.{input.Name}.{member}", $"Required.{member}"];
    }

    /// <summary>The fields in error in the order the validators asked them (the form's order), for the error summary.</summary>
    public const string ErrorOrderKey = "Inburgering.ErrorOrder";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || context.HandlerMethod?.MethodInfo.GetCustomAttribute<NoInputValidationAttribute>() is not null)
        {
            await next();
            return;
        }

        var cancellationToken = context.HttpContext.RequestAborted;
        var invalidEncoding = FormEncodingCheck.InvalidFields(context.HttpContext);
        var today = time.Today();
        var errorOrder = new List<string>();
        context.HttpContext.Items[ErrorOrderKey] = errorOrder;
        foreach (var property in context.ActionDescriptor.BoundProperties.OfType<PageBoundPropertyDescriptor>())
        {
            var prefix = property.BindingInfo?.BinderModelName ?? property.Name;
            if (property.Property.GetValue(context.HandlerInstance) is string text)
            {
                InputCleaning.CleanOne(text, prefix, cleaned => property.Property.SetValue(context.HandlerInstance, cleaned), context.ModelState, invalidEncoding, localizer);
                continue;
            }

            if (property.Property.GetValue(context.HandlerInstance) is not { } input || property.ParameterType.IsValueType)
            {
                continue;
            }

            InputCleaning.CleanTexts(input, prefix, context.ModelState, invalidEncoding, localizer);
            var validatorType = typeof(IValidator<>).MakeGenericType(property.ParameterType);
            if (context.HttpContext.RequestServices.GetService(validatorType) is IValidator validator)
            {
                var result = await validator.ValidateAsync(new ValidationContext<object>(input), cancellationToken);
                foreach (var error in result.Errors)
                {
                    var key = $"{prefix}.{error.PropertyName}";
                    if (context.ModelState[key]?.Errors.Count is null or 0)
                    {
                        context.ModelState.AddModelError(key, Message(property.ParameterType, error));
                        errorOrder.Add(key);
                    }
                }
            }

            InputCleaning.CheckDates(input, prefix, context.ModelState, localizer, today);
        }

        if (context.ModelState.IsValid)
        {
            await next();
            return;
        }

        context.Result = context.HandlerInstance switch
        {
            FormPageModel page => await page.RedisplayAsync(cancellationToken),
            PageModel page => page.Page(),
            _ => new PageResult(),
        };
    }
}
