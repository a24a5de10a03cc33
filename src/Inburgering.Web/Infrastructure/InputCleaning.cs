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

    public static void CleanTexts(object input, string prefix, ModelStateDictionary modelState, IReadOnlySet<string> invalidEncoding, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(invalidEncoding);
        ArgumentNullException.ThrowIfNull(localizer);
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            if (property.GetValue(input) is string text)
            {
                CleanOne(text, $"{prefix}.{property.Name}", cleaned => property.SetValue(input, cleaned), modelState, invalidEncoding, localizer);
            }
        }
    }

    /// <summary>One posted text: refused with a message under <paramref name="key"/>, or normalised through <paramref name="set"/>.</summary>
    public static void CleanOne(string text, string key, Action<string> set, ModelStateDictionary modelState, IReadOnlySet<string> invalidEncoding, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(invalidEncoding);
        ArgumentNullException.ThrowIfNull(localizer);
        var problem = invalidEncoding.Contains(key) ? TextProblem.InvalidEncoding : Infrastructure.CleanText.Check(text);
        switch (problem)
        {
            case TextProblem.InvalidEncoding:
                modelState.AddModelError(key, localizer["Error.InvalidEncoding"]);
                break;
            case TextProblem.HiddenCharacters:
                modelState.AddModelError(key, localizer["Error.HiddenCharacters"]);
                break;
            default:
                set(Infrastructure.CleanText.Normalize(text));
                break;
        }
    }

    /// <summary>After the field's own validator, whose message says more (e.g. about a birth date), if it had one.</summary>
    public static void CheckDates(object input, string prefix, ModelStateDictionary modelState, IStringLocalizer localizer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(localizer);
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            var key = $"{prefix}.{property.Name}";
            if (property.GetValue(input) is DateOnly date && (date < EarliestDate || date > today.AddYears(YearsAhead)) && modelState[key]?.Errors.Count is null or 0)
            {
                modelState.AddModelError(key, localizer["Error.DateOutOfRange", EarliestDate.Year, today.Year + YearsAhead]);
            }
        }
    }
}
