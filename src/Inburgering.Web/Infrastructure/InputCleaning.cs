using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.Infrastructure;

/// <summary>
/// Cleans every posted input model before its validator runs: texts become NFC or are refused (invisible
/// characters, invalid encoding); dates outside what any field can mean (year 0001, year 9999) are refused. Rules
/// that depend on the field (a birth date not in the future) stay in the field's validator.
/// </summary>
public static class InputCleaning
{
    /// <summary>No date in a trajectory lies before this (the oldest birth dates) …</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>… or more than this many years ahead (appointments and deadlines are planned, not decades away).</summary>
    public const int YearsAhead = 10;

    public static void Clean(object input, string prefix, ModelStateDictionary modelState, IReadOnlySet<string> invalidEncoding, IStringLocalizer localizer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(invalidEncoding);
        ArgumentNullException.ThrowIfNull(localizer);
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var key = $"{prefix}.{property.Name}";
            if (invalidEncoding.Contains(key))
            {
                modelState.AddModelError(key, localizer["Error.InvalidEncoding"]);
                continue;
            }

            switch (property.GetValue(input))
            {
                case string text:
                    switch (CleanText.Check(text))
                    {
                        case TextProblem.InvalidEncoding:
                            modelState.AddModelError(key, localizer["Error.InvalidEncoding"]);
                            break;
                        case TextProblem.HiddenCharacters:
                            modelState.AddModelError(key, localizer["Error.HiddenCharacters"]);
                            break;
                        default:
                            property.SetValue(input, CleanText.Normalize(text));
                            break;
                    }

                    break;
                case DateOnly date when date < EarliestDate || date > today.AddYears(YearsAhead):
                    modelState.AddModelError(key, localizer["Error.DateOutOfRange", EarliestDate.Year, today.Year + YearsAhead]);
                    break;
            }
        }
    }
}
