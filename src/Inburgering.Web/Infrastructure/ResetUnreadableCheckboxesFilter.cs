using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Inburgering.Web.Infrastructure;

/// <summary>
/// A checkbox posted with a value that is not a boolean (a tampered request) fails model binding, and the
/// checkbox tag helper then throws while showing the form again: a server error instead of the form. This
/// puts "false" in place of such a value; the binding error stays, so the form is shown with its message.
/// Registered for every page, so every form with a checkbox is covered.
/// </summary>
public sealed class ResetUnreadableCheckboxesFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unreadable = context.ModelState
            .Where(e => e.Value is { ValidationState: ModelValidationState.Invalid } entry && !bool.TryParse(entry.AttemptedValue, out _))
            .Select(e => e.Key)
            .Where(key => IsBoolean(context.HandlerInstance.GetType(), key))
            .ToList();
        foreach (var key in unreadable)
        {
            context.ModelState.SetModelValue(key, rawValue: false, attemptedValue: "false");
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    private static bool IsBoolean(Type type, string key)
    {
        foreach (var name in key.Split('.'))
        {
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                return false;
            }

            type = property.PropertyType;
        }

        return type == typeof(bool);
    }
}
